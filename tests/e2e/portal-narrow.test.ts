import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { baseUrl, openBrowser } from '../helpers/e2e'
import { createCase, logIn, snap } from '../helpers/portal'

type Browser = { context: BrowserContext; page: Page }

/** How far the page is wider than the window (over zero scrolls sideways), and what sticks out. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => ({
    pixels: document.documentElement.scrollWidth - window.innerWidth,
    culprits: [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((_, index, all) => index < 3 || index >= all.length - 2)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}#${element.id}`),
  }))

/**
 * Every portal form built on the shared form frame (src/components/forms), on a 390 px phone:
 * nothing scrolls sideways, the submit button is on screen, and each page is saved as a
 * screenshot (`portal-phone-*`) for people to look at.
 */
describe.skipIf(!hasChrome)('portal forms on a phone (production build)', () => {
  const advocate = e2eAccount('phoneAdvocate')
  const expert = e2eAccount('phoneExpert')
  let guest: Browser
  let signedIn: Browser
  let expertBrowser: Browser
  let caseId: number

  beforeAll(async () => {
    guest = await openBrowser()
    signedIn = await openBrowser()
    expertBrowser = await openBrowser()
    for (const { page } of [guest, signedIn, expertBrowser]) {
      await page.setViewportSize({ width: 390, height: 844 })
    }
    await logIn(signedIn.page, advocate)
    await logIn(expertBrowser.page, expert)
    caseId = (await createCase(signedIn.page, { facts: 'Facts for the phone check' })).id
  }, 120_000)

  afterAll(async () => {
    for (const browser of [guest, signedIn, expertBrowser]) await browser?.context.close()
  })

  const check = async (page: Page, path: string, name: string, submit: RegExp) => {
    await page.goto(`${baseUrl}${path}`)
    const button = page.getByRole('button', { name: submit }).first()
    await button.waitFor()
    await snap(page, `phone-${name}`)
    const overflow = await sidewaysOverflow(page)
    expect(overflow.pixels, `${path}: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(0)
    const box = await button.boundingBox()
    expect(box, path).not.toBeNull()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width, path).toBeLessThanOrEqual(390)
  }

  it('should fit the guest forms in 390 px', async () => {
    await check(guest.page, '/register', 'register', /Create account/i)
    await check(guest.page, '/login', 'login', /Log in/i)
    await check(guest.page, '/forgot-password', 'forgot-password', /Send/i)
    await check(guest.page, '/feedback', 'feedback', /Send/i)
  })

  it('should fit the advocate’s forms in 390 px', async () => {
    const { page } = signedIn
    await check(page, '/account/settings', 'settings', /Save/i)
    await check(page, '/submit-resource', 'submit-resource', /Submit|Send/i)
    await check(page, `/cases/${caseId}/outcomes/new`, 'outcome', /Save outcome/)
    await check(page, `/cases/${caseId}/assistance`, 'assistance', /Send|Request/i)
    await check(page, `/cases/${caseId}/edit`, 'intake-edit', /Continue/)
    await check(page, '/cases/new', 'intake-new', /Continue/)
  })

  it('should fit the expert profile form in 390 px', async () => {
    await check(expertBrowser.page, '/account/expert-profile', 'expert-profile', /Save/i)
  })
})
