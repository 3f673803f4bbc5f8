// The text of a `"""` block: the lines between the quotes with their common indentation
// removed, so a block can be indented with the statement it belongs to. No escapes apply
// inside (a backslash is a backslash): the block exists to write text as it will be shown.

const LINE_BREAK = /\r\n|\n|\r/

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].length ?? 0
}

export function textBlock(image: string): string {
  const lines = image.slice(3, -3).split(LINE_BREAK)
  // Text right after the opening quotes stays as written; a line break right after them does not count.
  const head = lines[0]?.trim() === '' ? undefined : lines[0]?.trim()
  const body = lines.slice(1)
  if (body.length > 0 && body.at(-1)?.trim() === '') body.pop()
  const indents = body.filter((l) => l.trim() !== '').map(indentOf)
  const common = indents.length > 0 ? Math.min(...indents) : 0
  const text = body.map((l) => l.slice(common).trimEnd())
  return (head === undefined ? text : [head, ...text]).join('\n')
}
