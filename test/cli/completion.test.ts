// `lifeline completion SHELL`: the scripts are run by the real shells where they exist (bash
// always; zsh and fish when installed), completing commands, options, choices and .seq files.
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { run } from './in-process.js'
import { workdir } from './spawn.js'

const has = (shell: string): boolean => existsSync(`/usr/bin/${shell}`) || existsSync(`/bin/${shell}`)

/** What bash offers for a command line, as a person pressing Tab after it would see. */
function bashComplete(script: string, line: string, cwd: string): string[] {
  const probe = `source ${script}; read -ra COMP_WORDS <<< "$1"; [[ "$1" == *" " ]] && COMP_WORDS+=(""); COMP_CWORD=$((\${#COMP_WORDS[@]}-1)); _lifeline; printf '%s\\n' "\${COMPREPLY[@]}"`
  const r = spawnSync('bash', ['-c', probe, 'probe', line], { cwd, encoding: 'utf8' })
  return r.stdout.split('\n').filter(Boolean).sort()
}

describe('shell completion', () => {
  const dir = workdir({ 'signup.seq': '', 'notes.txt': '', 'docs/x.seq': '' })
  const scripts: Record<string, string> = {}
  beforeAll(async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await run(['completion', shell])
      expect(r.code).toBe(0)
      writeFileSync(join(dir, `completion.${shell}`), r.stdout)
      scripts[shell] = r.stdout
    }
  })

  test.each([
    { line: 'lifeline ', offers: ['check', 'completion', 'docs', 'fmt', 'import', 'lsp', 'md', 'playground', 'signup.seq', 'watch'] },
    { line: 'lifeline --th', offers: ['--theme'] },
    { line: 'lifeline --theme ', offers: ['auto', 'dark', 'light'] },
    { line: 'lifeline --format p', offers: ['png'] },
    { line: 'lifeline signup.seq w', offers: [] }, // commands come first only
    { line: 'lifeline watch ', offers: ['docs', 'signup.seq'] },
    { line: 'lifeline watch --p', offers: ['--port'] },
    { line: 'lifeline completion ', offers: ['bash', 'fish', 'zsh'] },
  ])('bash: "$line" offers $offers', ({ line, offers }) => {
    expect(bashComplete(join(dir, 'completion.bash'), line, dir)).toEqual(offers)
  })

  test.runIf(has('fish'))('fish completes commands, choices and .seq files', () => {
    const complete = (line: string): string[] => {
      const r = spawnSync('fish', ['-c', `source completion.fish; complete -C '${line}'`], { cwd: dir, encoding: 'utf8' })
      return r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0] ?? '')
    }
    expect(complete('lifeline ')).toEqual(expect.arrayContaining(['watch', 'completion', 'signup.seq']))
    expect(complete('lifeline --format ').sort()).toEqual(['png', 'svg'])
    expect(complete('lifeline completion ').sort()).toEqual(['bash', 'fish', 'zsh'])
  })

  test.runIf(has('zsh'))('zsh accepts its script', () => {
    expect(spawnSync('zsh', ['-n', 'completion.zsh'], { cwd: dir }).status).toBe(0)
  })

  test('every script names every command and option, generated from the program', () => {
    for (const script of Object.values(scripts)) {
      for (const word of ['watch', 'completion', 'port', 'theme', 'format', 'scale', 'strict', 'output']) expect(script).toContain(word)
    }
    expect(scripts['zsh']).toMatch(/^#compdef lifeline\n/)
  })

  test('an unknown shell is a usage error', async () => {
    const r = await run(['completion', 'powershell'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Allowed choices are bash, zsh, fish')
  })
})
