// Finding fenced code blocks in Markdown (CommonMark's rules, as far as `lifeline md` needs them).
import { describe, expect, test } from 'vitest'
import { findFences, loadMarkdownParser, splitLines } from '../../src/cli/md/fences.js'

const parser = await loadMarkdownParser()

const fences = (text: string) => findFences(text, splitLines(text), parser).map((f) => ({ language: f.language, source: f.source, open: f.open, close: f.close }))

describe('findFences', () => {
  test.each([
    { name: 'backticks and tildes', text: '```lifeline\na\n```\n~~~seq\nb\n~~~\n', want: [['lifeline', 'a\n', 0, 2], ['seq', 'b\n', 3, 5]] },
    { name: 'a longer fence closes only on as long a fence', text: '````lifeline\n```\nstill\n````\n', want: [['lifeline', '```\nstill\n', 0, 3]] },
    { name: 'the other fence character does not close it', text: '~~~lifeline\n```\n~~~\n', want: [['lifeline', '```\n', 0, 2]] },
    { name: 'indented (in a list): indentation removed', text: '- x\n\n    ```Lifeline name=a\n    a -> b\n      b -> c\n    ```\n', want: [['lifeline', 'a -> b\n  b -> c\n', 2, 5]] },
    { name: 'a backtick in the info string is no fence', text: '``` a`b\nx\n```\n', want: [] },
    { name: 'an unclosed fence is not a block unless asked for', text: '```lifeline\na -> b\n', want: [] },
    { name: 'CRLF lines', text: '```seq\r\na\r\n```\r\n', want: [['seq', 'a\n', 0, 2]] },
  ])('$name', ({ text, want }) => {
    expect(fences(text).map((f) => [f.language, f.source, f.open, f.close])).toEqual(want)
  })

  test.each([
    { name: 'at the end of the file', text: '```lifeline\na -> b\nb -> c', want: { source: 'a -> b\nb -> c\n', close: 2, unclosed: 'end-of-file', prefix: '' } },
    { name: 'with no content', text: 'x\n\n~~~~seq\n', want: { source: '', close: 2, unclosed: 'end-of-file', prefix: '' } },
    { name: 'in a blockquote at the end', text: '> ```lifeline\n> a -> b\n', want: { source: 'a -> b\n', close: 1, unclosed: 'end-of-file', prefix: '> ' } },
    { name: 'ended by its blockquote', text: '> ```lifeline\n> a -> b\n\nafter\n', want: { source: 'a -> b\n', close: 1, unclosed: 'container', prefix: '> ' } },
    { name: 'in a list item', text: '- ```lifeline\n  a -> b\n', want: { source: 'a -> b\n', close: 1, unclosed: 'end-of-file', prefix: '  ' } },
  ])('an unclosed fence $name, when asked for', ({ text, want }) => {
    const found = findFences(text, splitLines(text), parser, { unclosed: true })
    expect(found.map((f) => ({ source: f.source, close: f.close, unclosed: f.unclosed, prefix: f.prefix }))).toEqual([want])
    expect(findFences(text, splitLines(text), parser)).toEqual([])
  })

  test('name=... and other key=value words of the info string', () => {
    const text = '```lifeline name=signup theme="dark"\n```\n'
    const [f] = findFences(text, splitLines(text), parser)
    expect([...(f?.attributes ?? [])]).toEqual([['name', 'signup'], ['theme', 'dark']])
  })
})
