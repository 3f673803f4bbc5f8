import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn the built binary; the machine has two cores.
    pool: 'forks',
    testTimeout: 20000,
  },
})
