import { defineConfig } from 'vitest/config'

// Two projects. `unit` runs the sources in process: no build, no browser, no spawned binary
// (`npm run test:unit`). `e2e` is every *.e2e.test.ts: the built binary, the packed package,
// Chromium; they need `npm run build` first. `vitest run` (and so `npm test`, which CI runs)
// runs both. test/architecture.test.ts keeps anything that needs a build out of `unit`.
const E2E = 'test/**/*.e2e.test.ts'

export default defineConfig({
  test: {
    // Child processes rather than worker threads: resvg and the native bits of the browser
    // tests are safer in a process of their own, and the suite measured no faster on threads.
    pool: 'forks',
    testTimeout: 20000,
    projects: [
      // Unit files share their worker's loaded modules (isolate: false): loading the sources
      // afresh for each of 64 files cost about three quarters of the run (docs/performance.md).
      // They keep no state between files that another could see: each writes only its own
      // temporary folders and passes its environment to main() rather than setting process.env.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [E2E], isolate: false } },
      { extends: true, test: { name: 'e2e', include: [E2E] } },
    ],
  },
})
