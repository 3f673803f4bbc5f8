// Debian's Chromium, headless, driven by playwright-core (never a downloaded browser).
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

export const CHROMIUM = '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  })
}

/** A Chromium for the test file: launched before its tests, closed after them. */
export function useChromium(): { readonly browser: Browser } {
  const shared = {} as { browser: Browser }
  beforeAll(async () => {
    shared.browser = await launchChromium()
  }, 30000)
  afterAll(async () => {
    await shared.browser?.close()
  })
  return shared
}
