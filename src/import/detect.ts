// Which tool a diagram was written for: said by the file's extension, else read from its
// content (PlantUML's `@startuml`, Mermaid's `sequenceDiagram` header).

export type SourceLanguage = 'mermaid' | 'plantuml'
export const SOURCE_LANGUAGES: readonly SourceLanguage[] = ['mermaid', 'plantuml']

const EXTENSIONS: Readonly<Record<string, SourceLanguage | 'markdown'>> = {
  mmd: 'mermaid', mermaid: 'mermaid', puml: 'plantuml', plantuml: 'plantuml', pu: 'plantuml', iuml: 'plantuml', wsd: 'plantuml',
  md: 'markdown', markdown: 'markdown', mdx: 'markdown',
}

/** What a file's extension says it holds, if it says. */
export function languageOfPath(path: string): SourceLanguage | 'markdown' | undefined {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase()
  return ext ? EXTENSIONS[ext] : undefined
}

/** What a diagram's text looks like: undefined when neither tool's marks are in it. */
export function languageOfText(text: string): SourceLanguage | undefined {
  if (/^\s*@start(uml|sequence)\b/m.test(text)) return 'plantuml'
  // Mermaid: front matter, directives and comments may come before the header.
  const body = text.replace(/^\s*---\r?\n[\s\S]*?\r?\n---\s*$/m, '').replace(/^\s*%%.*$/gm, '')
  if (/^\s*sequenceDiagram\b/.test(body)) return 'mermaid'
  if (/^\s*(participant|actor)\b.*$|^\s*\S+\s*-+>+\s*\S+\s*:/m.test(text)) return /->>|-\)|-->>/.test(text) && !/\bend\s+note\b/i.test(text) ? 'mermaid' : 'plantuml'
  return undefined
}
