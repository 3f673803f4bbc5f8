// The zsh completion script (_arguments), with each option's and command's description.
import { flagsOf, singleQuoted, type CommandSpec, type OptionSpec } from './spec.js'

/** Text inside an _arguments `[description]` or a `name:description` pair. */
const described = (text: string): string => text.replace(/([\\[\]:])/g, '\\$1')

function optionLine(o: OptionSpec): string {
  const flags = flagsOf(o)
  const value = o.takesValue ? `:${(o.long ?? o.short ?? '').replace(/^-+/, '')}:${o.choices ? `(${o.choices.join(' ')})` : o.valueIsPath ? '_files' : ' '}` : ''
  const body = `[${described(o.description)}]${value}`
  if (flags.length === 1) return singleQuoted(`${flags[0]}${body}`)
  return `${singleQuoted(`(${flags.join(' ')})`)}{${flags.join(',')}}${singleQuoted(body)}`
}

function argumentsCall(c: CommandSpec, rest: string): string {
  const lines = [...c.options.map(optionLine), rest]
  return `_arguments -s \\\n      ${lines.join(' \\\n      ')}`
}

export function zshScript(commands: readonly CommandSpec[]): string {
  const root = commands.find((c) => c.name === '')
  const subcommands = commands.filter((c) => c.name !== '')
  const list = subcommands.map((c) => singleQuoted(`${c.name}:${described(c.description)}`)).join(' ')
  const files = (c: CommandSpec): string => (c.argumentChoices ? `'1:argument:(${c.argumentChoices.join(' ')})'` : `'*:file:_files -g "${c.filePattern}"'`)
  const cases = subcommands.map((c) => `    ${c.name})\n      ${argumentsCall(c, files(c))} ;;`)
  return `#compdef lifeline
# zsh completion for lifeline: save it as _lifeline in a folder on $fpath
# (see \`lifeline completion --help\`)
_lifeline() {
  local -a commands
  commands=(${list})
  if (( CURRENT > 2 )) && [[ -n \${(M)commands:#\${words[2]}:*} ]]; then
    local command=\${words[2]}
    shift words
    (( CURRENT-- ))
    case $command in
${cases.join('\n')}
    esac
    return
  fi
  (( CURRENT == 2 )) && _describe -t commands command commands
  ${root ? argumentsCall(root, files(root)) : ''}
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then
  _lifeline "$@"
else
  compdef _lifeline lifeline
fi
`
}
