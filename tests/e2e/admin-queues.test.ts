import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { adminLogin, baseUrl, openBrowser, screenshot } from '../helpers/e2e'
import { apiFetch, createCase, logIn, waitForMail } from '../helpers/portal'

type Browser = { context: BrowserContext; page: Page }

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/**
 * The staff queues in the admin panel (src/components/admin/StaffDashboard.tsx): staff open the
 * dashboard, open the request with the nearest deadline, reply, and the advocate reads the reply on
 * the case's Request Assistance tab; the email says only that there is a reply.
 */
describe.skipIf(!hasChrome)('staff queues in the admin panel (production build)', () => {
  const owner = e2eAccount('queuesOwner')
  const staff = e2eAccount('staff')
  const subject = `Expert before the filing deadline ${Date.now()}`
  const reply = 'Two experts on Guatemalan state protection can take this; see the Experts page.'
  let ownerBrowser: Browser
  let staffBrowser: Browser
  let theCase: { id: number; caseNumber: string }

  beforeAll(async () => {
    ownerBrowser = await openBrowser()
    staffBrowser = await openBrowser()
    await logIn(ownerBrowser.page, owner)
    theCase = await createCase(ownerBrowser.page, { facts: 'Confidential facts for the queue' })
    const sent = await apiFetch(ownerBrowser.page, {
      method: 'POST',
      url: '/api/assistance-requests',
      body: {
        case: theCase.id,
        subject,
        message: 'We need an expert on state protection.',
        urgentDeadline: inDays(1),
      },
    })
    expect(sent.status).toBe(201)
    await adminLogin(staffBrowser.page, staff.email, staff.password)
    await staffBrowser.page.waitForURL(/\/admin(\/)?$/)
  }, 120_000)

  afterAll(async () => {
    await ownerBrowser?.context.close()
    await staffBrowser?.context.close()
  })

  it('should show staff the dashboard with the request marked due soon, without serious accessibility problems', async () => {
    const { page } = staffBrowser
    await page.goto(`${baseUrl}/admin`)
    await page.getByRole('heading', { name: 'Staff dashboard' }).waitFor()
    const row = page.getByRole('row').filter({ hasText: subject })
    await row.waitFor()
    expect(await row.getByText('Due soon').count()).toBe(1)
    expect(await row.getByText(theCase.caseNumber).count()).toBe(1)
    await screenshot(page, 'admin-staff-dashboard')
    expect(await seriousViolations(page, ['.staff-dashboard'])).toEqual([])
  })

  it("should open a queue's open items from its count", async () => {
    const { page } = staffBrowser
    await page.goto(`${baseUrl}/admin`)
    await page
      .locator('.staff-dashboard__counts')
      .getByRole('link', { name: /Assistance requests/ })
      .click()
    await page.waitForURL(/\/admin\/collections\/assistance-requests\?/)
    await page.getByRole('link', { name: subject }).waitFor()
    await screenshot(page, 'admin-open-assistance-requests')
  })

  it('should save a reply from the request the dashboard links to', async () => {
    const { page } = staffBrowser
    await page.goto(`${baseUrl}/admin`)
    await page.getByRole('link', { name: subject }).click()
    await page.waitForURL(/\/admin\/collections\/assistance-requests\/\d+/)
    await page.getByLabel('Staff Reply').fill(reply)
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Updated successfully').waitFor()
    await screenshot(page, 'admin-assistance-reply-saved')
  })

  it('should leave the answered request out of the open list', async () => {
    const { page } = staffBrowser
    await page.goto(`${baseUrl}/admin`)
    await page
      .locator('.staff-dashboard__counts')
      .getByRole('link', { name: /Assistance requests/ })
      .click()
    await page.waitForURL(/\/admin\/collections\/assistance-requests\?/)
    await page.locator('.collection-list').waitFor()
    expect(await page.getByRole('link', { name: subject }).count()).toBe(0)
  })

  it('should show the advocate the reply and the answered status on the Request Assistance tab', async () => {
    const { page } = ownerBrowser
    await page.goto(`${baseUrl}/cases/${theCase.id}/assistance`)
    const item = page.getByRole('listitem').filter({ hasText: subject })
    await item.getByText('Reply from program staff').waitFor()
    expect(await item.getByText(reply).count()).toBe(1)
    expect(await item.getByText('Answered').count()).toBe(1)
    await screenshot(page, 'portal-assistance-reply')
  })

  it('should email the advocate a link to the reply, never the reply itself', async () => {
    const notice = await waitForMail({
      to: owner.email,
      subject: new RegExp(`Program staff replied .*case ${theCase.caseNumber}`),
    })
    expect(notice.html).toContain(`/cases/${theCase.id}/assistance`)
    expect(notice.html).not.toContain('state protection')
    expect(notice.html).not.toContain('Confidential facts')
  })
})
