// `lifeline check FILES...`: parse and validate only, no SVG. Reports as text, JSON or GitHub
// Actions annotations; exit 1 when any file has errors (or warnings, with --strict).
import { Option, type Command } from 'commander'
import { check } from '../../compile.js'
import { DIAGNOSTIC_FORMATS, defaultFormat, fileProblem, printReports, type DiagnosticFormat, type FileReport } from '../diagnostic-output.js'
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, type Run } from '../exit.js'
import { fails, readInputText, resolveInputs } from '../inputs.js'
import type { Io } from '../io.js'

const COMMAND = 'lifeline check'
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
  const resolved = await resolveInputs(job.files, { strict: job.strict }, io, { command: COMMAND, what: '.seq files', verbose: job.verbose })
  if (!resolved.ok) return (io.stderr(`${resolved.message}\n`), EXIT_USAGE)
  const reports: FileReport[] = []
  let failed = false
  for (const pattern of resolved.unmatched) {
    reports.push({ file: pattern, source: undefined, diagnostics: [fileProblem('no-match', 'no files match this pattern')] })
    failed = true
  }
  for (const input of resolved.inputs) {
    const source = await readInputText(input, io, COMMAND)
    if (!source.ok && 'usage' in source) return (io.stderr(`${source.usage}\n`), EXIT_USAGE)
    if (!source.ok) {
      reports.push({ file: input.name, source: undefined, diagnostics: [fileProblem('unreadable-file', source.reason)] })
      failed = true
      continue
    }
    const { diagnostics } = check(source.text, input.settings.compile)
    reports.push({ file: input.name, source: source.text, diagnostics })
    if (fails(diagnostics, input.settings.strict)) failed = true
  }
  printReports(reports, job.format, io)
  return failed ? EXIT_INPUT_ERRORS : EXIT_OK
}
