// `lifeline completion bash|zsh|fish`: prints a static completion script for the shell,
// generated from the commands and options this very program defines.
import { Argument, type Command } from 'commander'
import { bashScript } from '../completion/bash.js'
import { fishScript } from '../completion/fish.js'
import { describeProgram, type CommandSpec } from '../completion/spec.js'
import { zshScript } from '../completion/zsh.js'
import type { Io } from '../io.js'
import { EXIT_OK, type Run } from '../exit.js'

const SCRIPTS: Readonly<Record<string, (commands: readonly CommandSpec[]) => string>> = { bash: bashScript, zsh: zshScript, fish: fishScript }

const INSTALL = `
Install:
  bash  lifeline completion bash > ~/.local/share/bash-completion/completions/lifeline
        (or add  source <(lifeline completion bash)  to ~/.bashrc)
  zsh   lifeline completion zsh > ~/.zfunc/_lifeline
        (with  fpath=(~/.zfunc $fpath); autoload -U compinit; compinit  in ~/.zshrc)
  fish  lifeline completion fish > ~/.config/fish/completions/lifeline.fish
`

export function defineCompletionCommand(program: Command, io: Io, run: Run): void {
  program
    .command('completion')
    .description('print a shell completion script for lifeline')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(Object.keys(SCRIPTS)))
    .addHelpText('after', INSTALL)
    .action((shell: string) =>
      run(async () => {
        io.stdout(SCRIPTS[shell]?.(describeProgram(program)) ?? '')
        return EXIT_OK
      }),
    )
}
