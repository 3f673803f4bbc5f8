// `lifeline check FILES...`: parse and validate only, no SVG. Reports as text, JSON or GitHub
// Actions annotations; exit 1 when any file has errors (or warnings, with --strict).
import { Option, type Command } from 'commander'
import { check } from '../../compile.js'
import { compileOptions, ConfigFinder, withConfig } from '../config.js'
import { DIAGNOSTIC_FORMATS, defaultFormat, fileProblem, printReports, type DiagnosticFormat, type FileReport } from '../diagnostic-output.js'
import type { Io } from '../io.js'
import type { Run } from '../main.js'
import { decodeSource, readSourceFile, type SourceText } from '../read-source.js'

const STDIN = '-'
const HELP = `
Examples:
  lifeline check diagrams/*.seq
  lifeline check --diagnostics json signup.seq > diagnostics.json
  GITHUB_ACTIONS=true lifeline check docs/*.seq   annotations (the default inside GitHub Actions)

Exit codes:
  0  no errors (and no warnings, with --strict)
  1  a file has errors, or cannot be read
  2  usage error, or a bad lifeline.config.json
`

interface CheckJob {
  readonly files: readonly string[]
  readonly format: DiagnosticFormat
  readonly strict: boolean
  readonly verbose: boolean
}

export function defineCheckCommand(program: Command, io: Io, run: Run): void {
  program
    .command('check')
    .description('Parse and validate diagrams without rendering them.')
    .argument('[files...]', "diagram files; '-' (or none, with piped input) reads standard input")
    .addOption(new Option('--diagnostics <format>', 'text, json, or github (workflow annotations; the default when GITHUB_ACTIONS=true)').choices(DIAGNOSTIC_FORMATS))
    .option('--strict', 'treat warnings as errors')
    .option('--verbose', 'say which lifeline.config.json applies')
    .addHelpText('after', HELP)
    .action((files: string[], opts: { diagnostics?: DiagnosticFormat; strict?: boolean; verbose?: boolean }) => {
      run(() => checkFiles({ files, format: opts.diagnostics ?? defaultFormat(io.env), strict: opts.strict === true, verbose: opts.verbose === true }, io))
    })
}

async function checkFiles(job: CheckJob, io: Io): Promise<number> {
  if (job.files.length === 0 && io.stdinIsTTY) {
    io.stderr("lifeline check: no input files (pass .seq files, or '-' to read standard input)\n")
    return 2
  }
  const files = job.files.length === 0 ? [STDIN] : job.files
  const configs = await new ConfigFinder(io, job.verbose).forInputs(files.map((f) => (f === STDIN ? undefined : f)))
  if (!configs.ok) {
    io.stderr(`${configs.message}\n`)
    return 2
  }
  const reports: FileReport[] = []
  let failed = false
  for (const [i, file] of files.entries()) {
    const options = withConfig(job, configs.configs[i] ?? {})
    const source: SourceText = file === STDIN ? decodeSource(await io.readStdin()) : await readSourceFile(file, io)
    const name = file === STDIN ? '<stdin>' : file
    if (!source.ok) {
      reports.push({ file: name, source: undefined, diagnostics: [fileProblem('unreadable-file', source.reason)] })
      failed = true
      continue
    }
    const { diagnostics } = check(source.text, compileOptions(options))
    reports.push({ file: name, source: source.text, diagnostics })
    if (diagnostics.some((d) => d.severity === 'error' || options.strict)) failed = true
  }
  printReports(reports, job.format, io)
  return failed ? 1 : 0
}
