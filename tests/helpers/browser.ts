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

/** A Content-Security-Policy violation a page reported (its `securitypolicyviolation` event). */
export type CspViolation = { url: string; directive: string; blockedURI: string; sample: string }

const recorded = new WeakMap<BrowserContext, CspViolation[]>()

/** The violations recorded so far in this browser, on every page it opened (a live list). */
export const cspViolationsOf = (context: BrowserContext): CspViolation[] => {
  const violations = recorded.get(context)
  if (!violations) throw new Error('This browser was not opened by launchBrowser')
  return violations
}

// Runs in every page before its own scripts (the browser injects it; the page's policy does not
// apply) and reports each violation to the test.
const reportViolations = `
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__taReportCspViolation({
      url: event.documentURI,
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
    })
  })
`

/** Records every page's Content-Security-Policy violations (see cspViolationsOf). */
const recordCspViolations = async (context: BrowserContext) => {
  const violations: CspViolation[] = []
  recorded.set(context, violations)
  await context.exposeFunction('__taReportCspViolation', (violation: CspViolation) => {
    violations.push(violation)
  })
  await context.addInitScript(reportViolations)
}

/** A fresh browser profile per call, so no test sees another's cookies. Records CSP violations. */
export const launchBrowser = async (): Promise<BrowserContext> => {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(path.join(tmpdir(), 'ta-chrome-')),
    {
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
    },
  )
  await recordCspViolations(context)
  return context
}
