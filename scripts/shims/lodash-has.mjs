// lodash's `has` as Chevrotain uses it, for the CLI bundle (scripts/bundle.mjs). Chevrotain
// calls `has` thousands of times while it builds its lexer and parser at every start, always
// with a property name, never a path; lodash's `has` first parses every key as a path, and in
// a fresh process that costs several milliseconds. For a property name both answer the same:
// whether the object has that own property. test/cli/bundle-shims.test.ts compares the two.
const own = Object.prototype.hasOwnProperty

export default function has(object, key) {
  return object != null && own.call(object, key)
}
