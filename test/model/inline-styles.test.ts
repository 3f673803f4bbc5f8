import { describe, expect, test } from 'vitest'
import { parseInlineStyles, plainText, styled } from '../../src/model/inline-styles.js'

/** Runs written compactly: `b:` bold, `i:` italic, `c:` code, `bi:` both, ... then the text. */
function compact(source: string): string[] {
  return parseInlineStyles(source).map((r) => `${r.bold ? 'b' : ''}${r.italic ? 'i' : ''}${r.code ? 'c' : ''}:${r.text}`)
}

describe('inline styles: what stays literal text', () => {
  test.each([
    { name: 'arithmetic with stars between words', text: '2 * 3 * 4' },
    { name: 'stars inside a word', text: 'a*b*c' },
    { name: 'a SQL star', text: 'SELECT * FROM t WHERE a = 1' },
    { name: 'snake case names', text: 'snake_case_names and user_id' },
    { name: 'double stars alone', text: 'x ** y' },
    { name: 'double stars at the end', text: 'power **' },
    { name: 'an opener without a closer', text: '*not closed' },
    { name: 'a closer without an opener', text: 'not opened*' },
    { name: 'mixed markers do not pair', text: '*a_' },
    { name: 'a URL with underscores and stars', text: 'GET https://example.com/a_b_c/*x*/d_e' },
    { name: 'an unmatched backtick', text: 'it`s here' },
    { name: 'backtick runs of different lengths', text: '``a` b' },
    { name: 'a glob', text: 'watch src/**/*.ts' },
    { name: 'a glob with single stars', text: 'ls src/*/x/*.ts' },
    { name: 'a path with underscores and stars', text: 'GET /api/*/user_id/*' },
    { name: 'a marker inside a word closes nothing', text: '*a*b' },
    { name: 'a Windows path keeps its backslashes', text: 'C:\\temp\\new' },
    { name: 'stars around spaces', text: 'a * b * c' },
    { name: 'underscores inside numbers', text: '1_000_000' },
    { name: 'empty', text: '' },
  ])('$name: $text', ({ text }) => {
    expect(compact(text)).toEqual(text ? [`:${text}`] : [':'])
  })
})

describe('inline styles: runs', () => {
  test.each([
    { name: 'bold', text: 'a **b** c', runs: [':a ', 'b:b', ': c'] },
    { name: 'italic with stars', text: 'a *b* c', runs: [':a ', 'i:b', ': c'] },
    { name: 'italic with underscores', text: 'a _b c_ d', runs: [':a ', 'i:b c', ': d'] },
    { name: 'bold with underscores', text: '__b__', runs: ['b:b'] },
    { name: 'bold and italic at once', text: '***x***', runs: ['bi:x'] },
    { name: 'italic inside bold', text: '**a *b* c**', runs: ['b:a ', 'bi:b', 'b: c'] },
    { name: 'code', text: 'call `f(x)` now', runs: [':call ', 'c:f(x)', ': now'] },
    { name: 'no emphasis inside code', text: '`a *b* c`', runs: ['c:a *b* c'] },
    { name: 'no escapes inside code', text: '`a\\*b`', runs: ['c:a\\*b'] },
    { name: 'double backticks hold a backtick', text: '`` a`b ``', runs: ['c:a`b'] },
    { name: 'bold code', text: '**`x`**', runs: ['bc:x'] },
    { name: 'a backslash makes a star literal', text: '\\*a\\*', runs: [':*a*'] },
    { name: 'escaped underscore and backtick', text: '\\_x\\_ \\`y\\`', runs: [':_x_ `y`'] },
    { name: 'an escaped marker does not pair', text: '*a\\* b*', runs: ['i:a* b'] },
    { name: 'a left-over star is printed', text: '**a* b', runs: [':*', 'i:a', ': b'] },
    { name: 'emphasis beside punctuation', text: '(*see* it).', runs: [':(', 'i:see', ': it).'] },
    { name: 'emphasis across a line break', text: '**a\nb**', runs: ['b:a\nb'] },
    { name: 'a URL inside emphasis', text: '*see https://x.org/a_b*', runs: ['i:see https://x.org/a_b'] },
    { name: 'math beside emphasis', text: '2 * 3 is *six*', runs: [':2 * 3 is ', 'i:six'] },
    { name: 'emphasis ending in punctuation before punctuation', text: 'raise to *50%*, then', runs: [':raise to ', 'i:50%', ':, then'] },
    { name: 'emphasis around a path', text: '*see /docs/a_b*, then', runs: ['i:see /docs/a_b', ':, then'] },
    { name: 'bold around a path at the start', text: '**/etc/hosts** changed', runs: ['b:/etc/hosts', ': changed'] },
    { name: 'the rule of 3 nests', text: '*a **b** c*', runs: ['i:a ', 'bi:b', 'i: c'] },
    { name: 'a closer inside a word pairs not', text: '**a**b **c**', runs: [':**a**b ', 'b:c'] },
  ])('$name: $text', ({ text, runs }) => {
    expect(compact(text)).toEqual(runs)
  })
})

describe('the text without markers', () => {
  test('is the runs joined, and every literal character stays', () => {
    expect(plainText(parseInlineStyles('**a** *b* `c` 2 * 3'))).toBe('a b c 2 * 3')
    expect(styled('x **y**')).toEqual({ label: 'x y', runs: parseInlineStyles('x **y**') })
  })
})
