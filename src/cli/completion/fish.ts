// The fish completion script: one `complete` line per command, option and argument kind.
import { singleQuoted, type CommandSpec } from './spec.js'

export function fishScript(commands: readonly CommandSpec[]): string {
  const names = commands.filter((c) => c.name !== '').map((c) => c.name)
  const lines = ['complete -c lifeline -f']
  for (const c of commands) {
    const when = c.name === '' ? `not __fish_seen_subcommand_from ${names.join(' ')}` : `__fish_seen_subcommand_from ${c.name}`
    const base = `complete -c lifeline -n ${singleQuoted(when)}`
    if (c.name !== '') lines.push(`complete -c lifeline -n __fish_use_subcommand -a ${c.name} -d ${singleQuoted(c.description)}`)
    for (const o of c.options) {
      const flags = [o.short ? `-s ${o.short.slice(1)}` : '', o.long ? `-l ${o.long.slice(2)}` : ''].filter(Boolean).join(' ')
      const value = !o.takesValue ? '' : o.choices ? ` -x -a ${singleQuoted(o.choices.join(' '))}` : o.valueIsPath ? ' -r -F' : ' -x'
      lines.push(`${base} ${flags}${value} -d ${singleQuoted(o.description)}`)
    }
    const suffix = c.filePattern.replace(/^\*/, '')
    lines.push(c.argumentChoices ? `${base} -x -a ${singleQuoted(c.argumentChoices.join(' '))}` : `${base} -a ${singleQuoted(`(__fish_complete_suffix ${suffix})`)}`)
  }
  return `# fish completion for lifeline: save it as ~/.config/fish/completions/lifeline.fish
${lines.join('\n')}
`
}
