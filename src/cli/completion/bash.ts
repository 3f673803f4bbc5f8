// The bash completion script: commands, options (with their choices), and diagram files.
import { flagsOf, type CommandSpec } from './spec.js'

export function bashScript(commands: readonly CommandSpec[]): string {
  const names = commands.filter((c) => c.name !== '').map((c) => c.name)
  const valueCases = commands.flatMap((c) =>
    c.options
      .filter((o) => o.takesValue)
      .map((o) => {
        const patterns = flagsOf(o).map((f) => `${c.name}:${f}`).join('|')
        const reply = o.choices
          ? `COMPREPLY=($(compgen -W "${o.choices.join(' ')}" -- "$cur"))`
          : o.valueIsPath
            ? 'COMPREPLY=($(compgen -f -- "$cur"))'
            : 'COMPREPLY=()' // a number or a name: nothing to offer
        return `    ${patterns}) ${reply}; return ;;`
      }),
  )
  // The root command's case is `*`, so it goes last.
  const commandCases = [...commands.filter((c) => c.name !== ''), ...commands.filter((c) => c.name === '')].map((c) => {
    const options = c.options.flatMap(flagsOf).join(' ')
    const words = c.argumentChoices ? c.argumentChoices.join(' ') : c.name === '' ? names.join(' ') : ''
    const files = c.argumentChoices ? 'no' : c.filePattern
    return `    ${c.name === '' ? '*' : c.name}) options="${options}"; words="${words}"; files="${files}" ;;`
  })
  return `# bash completion for lifeline: source it, or save it as
# ~/.local/share/bash-completion/completions/lifeline (see \`lifeline completion --help\`)
_lifeline() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local command="" options words files
  case "\${COMP_WORDS[1]}" in
    ${names.join('|')}) command="\${COMP_WORDS[1]}" ;;
  esac
  case "$command:$prev" in
${valueCases.join('\n')}
  esac
  case "$command" in
${commandCases.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return
  fi
  if [[ -z "$command" && $COMP_CWORD -gt 1 ]]; then words=""; fi # commands only come first
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
  if [[ "$files" != no ]]; then
    COMPREPLY+=($(compgen -f -X "!$files" -- "$cur") $(compgen -d -- "$cur"))
  fi
}
complete -o filenames -F _lifeline lifeline
`
}
