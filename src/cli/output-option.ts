// The options that name where outputs go (render's and import's -o, md's --out-dir): an empty
// path names nothing, so it is a usage error (exit 2), never taken as the current folder.
import { InvalidArgumentError } from 'commander'

export function parseOutputPath(value: string): string {
  if (value === '') throw new InvalidArgumentError('the path is empty: name a file or a folder')
  return value
}
