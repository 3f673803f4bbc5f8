// What every command returns, and how it hands its work to main(): the exit codes in one
// place (0 success, 1 the input has errors, 2 usage error), and the Run callback through
// which a command's action gives main() the work to await.
export const EXIT_OK = 0
export const EXIT_INPUT_ERRORS = 1
export const EXIT_USAGE = 2

export type ExitCode = typeof EXIT_OK | typeof EXIT_INPUT_ERRORS | typeof EXIT_USAGE

/** What a command's action hands back: the work to await for the exit code. */
export type Run = (work: () => Promise<number>) => void
