// PlantUML's names and labels: `"quoted names"`, and `\n` (or `%newline()`) for a line break.

/** A participant name: quoted or a run of name characters (PlantUML also allows `.` and `@`). */
export const NAME = '"[^"]*"|[\\p{L}\\p{N}_.@$]+'

/** Label text as PlantUML shows it: `\n` breaks the line; everything else is kept verbatim. */
export function plantUmlText(raw: string): string {
  return raw
    .replace(/\\n|%newline\(\)/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim()
}

/** A name without its quotes, line breaks applied. */
export function unquote(name: string): string {
  return plantUmlText(name.replace(/^"(.*)"$/s, '$1'))
}
