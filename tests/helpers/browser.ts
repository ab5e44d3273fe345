import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium, type BrowserContext } from 'playwright-core'

/** Where the browser tests find Chromium: CHROME_PATH, else Debian's package. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium'

export const hasChrome = existsSync(chromePath)

export const browserMissingMessage = `
================================================================================
 Browser tests SKIPPED: no Chromium at ${chromePath}.
 Install one with:   apt-get install -y chromium
 or point CHROME_PATH at a Chromium/Chrome binary. (With CI=true this is a failure.)
================================================================================`

/** A fresh browser profile per call, so no test sees another's cookies. */
export const launchBrowser = async (): Promise<BrowserContext> =>
  chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'ta-chrome-')), {
    executablePath: chromePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
