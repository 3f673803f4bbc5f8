// `lifeline lsp` in process: without --stdio there is no transport to serve, a usage error.
import { expect, test } from 'vitest'
import { runMain, scratch } from '../safety/in-process.js'

test('lifeline lsp without --stdio is a usage error that says what to pass', async () => {
  const ran = await runMain(['lsp'], { cwd: scratch() })
  expect(ran).toEqual({ code: 2, stdout: '', stderr: 'lifeline lsp: pass --stdio: standard input and output are the only transport\n' })
})

test('lifeline lsp --help names the flag editors pass', async () => {
  const ran = await runMain(['lsp', '--help'], { cwd: scratch() })
  expect(ran.code).toBe(0)
  expect(ran.stdout).toContain('--stdio')
  expect(ran.stdout).toContain('docs/editors.md')
})
