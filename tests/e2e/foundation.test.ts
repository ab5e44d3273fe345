import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { cspViolationsOf, hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { adminLogin, baseUrl, mailDir, openBrowser, screenshot } from '../helpers/e2e'
import { waitForEmail } from '../helpers/smtp-sink'

describe.skipIf(!hasChrome)('the product in a real browser (production build)', () => {
  let context: BrowserContext
  let page: Page

  beforeEach(async () => {
    ;({ context, page } = await openBrowser())
  })
  // Closing the browser fails the test if any page reported a Content-Security-Policy violation.
  afterEach(async () => {
    await context.close()
  })

  it('should record a script the policy blocks (the recorder every browser test relies on)', async () => {
    await page.goto(baseUrl)
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.append(script)
      const image = document.createElement('div')
      image.innerHTML = '<img src="data:," onerror="window.__injected = true">'
      document.body.append(image)
    })
    await expect
      .poll(() => cspViolationsOf(context).map((v) => v.directive))
      .toEqual(['script-src-elem', 'script-src-attr'])
    expect(
      await page.evaluate(() => (window as { __injected?: boolean }).__injected),
    ).toBeUndefined()
    // Seen, and expected here: the journey itself must not fail on them.
    cspViolationsOf(context).length = 0
  })

  it('should run the admin panel under its policy: dashboard, a list and an edit view', async () => {
    const staff = e2eAccount('staff')
    await adminLogin(page, staff.email, staff.password)
    await page.waitForURL(`${baseUrl}/admin`)
    await page.goto(`${baseUrl}/admin/collections/countries`)
    const firstRow = page.locator('table tbody tr').first().locator('a').first()
    await firstRow.waitFor()
    await firstRow.click()
    await page.waitForURL(/\/admin\/collections\/countries\/\d+$/)
    const name = page.locator('#field-name')
    await name.waitFor()
    // Typing marks the document modified: the admin's scripts are running.
    await name.fill(`${await name.inputValue()} `)
    await page.getByRole('button', { name: 'Save' }).waitFor()
    expect(await page.getByRole('button', { name: 'Save' }).isEnabled()).toBe(true)
    await screenshot(page, 'admin-edit-under-csp')
  })

  it('should render the portal home with navigation and a feedback link', async () => {
    const response = await page.goto(baseUrl)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Technical assistance for asylum cases',
    )
    const nav = page.getByRole('navigation', { name: 'Main' })
    expect(await nav.getByRole('link', { name: 'Program News' }).isVisible()).toBe(true)
    expect(await nav.getByRole('link', { name: 'Log in' }).isVisible()).toBe(true)
    const feedback = page.getByRole('link', { name: 'Send feedback about the TA Library' })
    expect(await feedback.isVisible()).toBe(true)
    await screenshot(page, 'portal-home')
    await feedback.click()
    await page.waitForURL(`${baseUrl}/feedback`)
    await screenshot(page, 'portal-feedback')
  })

  it('should let a staff member log in to the admin panel', async () => {
    const staff = e2eAccount('staff')
    await adminLogin(page, staff.email, staff.password)
    await page.waitForURL(`${baseUrl}/admin`)
    await page.getByRole('link', { name: 'Users' }).first().waitFor()
    await screenshot(page, 'admin-dashboard-staff')
    expect(page.url()).toBe(`${baseUrl}/admin`)
  })

  it('should keep an advocate out of the admin panel', async () => {
    const advocate = e2eAccount('advocate')
    await adminLogin(page, advocate.email, advocate.password)
    await page.waitForURL(/\/admin\/unauthorized/)
    await screenshot(page, 'admin-refused-advocate')
    expect(await page.getByText('Unauthorized').first().isVisible()).toBe(true)
    // The advocate's own session, from the page (same origin, cookie sent): sees only itself.
    const emails = await page.evaluate(async () => {
      const res = await fetch('/api/users?limit=100', { credentials: 'include' })
      const body = (await res.json()) as { docs: { email: string }[] }
      return body.docs.map((u) => u.email)
    })
    expect(emails).toEqual([advocate.email])
  })

  it('should confirm an email address from the emailed link, then log in on the portal', async () => {
    const email = `e2e-new-${Date.now()}@test.example`
    const password = 'a brand new passphrase'
    const org = await page.request.get(`${baseUrl}/api/organizations?limit=1`)
    const orgId = ((await org.json()) as { docs: { id: number }[] }).docs[0]?.id
    const created = await page.request.post(`${baseUrl}/api/users`, {
      data: { email, password, name: 'New Person', role: 'advocate', organization: orgId },
    })
    expect(created.status()).toBe(201)

    await page.goto(`${baseUrl}/login`)
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL(/error=unverified/)
    expect(await page.locator('#login-error').textContent()).toContain('confirm your email address')

    const message = await waitForEmail({ dir: mailDir, to: email })
    const link = message.html.match(/href="([^"]*\/verify\?token=[^"]+)"/)?.[1]
    expect(link?.startsWith(`${baseUrl}/verify?token=`)).toBe(true)
    await page.goto(link!)
    await screenshot(page, 'portal-verify')
    await page.getByRole('button', { name: 'Confirm my email address' }).click()
    await page.waitForURL(/\/login\?verified=1/)

    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL(`${baseUrl}/`)
    expect(await page.getByText('Signed in as New Person').isVisible()).toBe(true)
    await screenshot(page, 'portal-home-signed-in')
  })
})
