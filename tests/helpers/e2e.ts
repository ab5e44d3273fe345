import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { inject } from 'vitest'

import { cspViolationsOf, launchBrowser } from './browser'

export const baseUrl = inject('baseUrl')
export const mailDir = inject('mailDir')

/** Saves a full-page screenshot of what the test sees, for people to look at afterwards. */
export const screenshot = async (page: Page, name: string) => {
  const dir = inject('screenshotDir')
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
}

/**
 * A new browser with its own profile for one test. Closing it fails the test when any page it
 * showed reported a Content-Security-Policy violation, so every journey checks the policy.
 */
export const openBrowser = async (): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await launchBrowser()
  const close = context.close.bind(context)
  context.close = async (options) => {
    await close(options)
    const violations = cspViolationsOf(context)
    if (violations.length > 0) {
      throw new Error(
        `Content-Security-Policy violations:\n${violations
          .map((v) => `${v.url}: ${v.directive} blocked ${v.blockedURI || 'inline'} ${v.sample}`)
          .join('\n')}`,
      )
    }
  }
  const page = context.pages()[0] ?? (await context.newPage())
  return { context, page }
}

export const adminLogin = async (page: Page, email: string, password: string) => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
}
