import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { adminLogin, baseUrl, openBrowser, screenshot } from '../helpers/e2e'
import { apiFetch, createCase, logIn, waitForMail } from '../helpers/portal'

type Browser = { context: BrowserContext; page: Page }

/**
 * Staff's case actions in the admin panel (src/components/admin/CaseActions.tsx): transfer a case
 * to another advocate with a reason, and remove a shared user. The previous owner and the removed
 * user lose access at once; the new owner finds the case under My Cases.
 */
describe.skipIf(!hasChrome)('case actions in the admin panel (production build)', () => {
  const owner = e2eAccount('actionsOwner')
  const newOwner = e2eAccount('actionsNewOwner')
  const colleague = e2eAccount('actionsColleague')
  const staff = e2eAccount('staff')
  const reason = 'The applicant chose new counsel'
  let ownerBrowser: Browser
  let newOwnerBrowser: Browser
  let colleagueBrowser: Browser
  let staffBrowser: Browser
  let theCase: { id: number; caseNumber: string }

  beforeAll(async () => {
    ownerBrowser = await openBrowser()
    newOwnerBrowser = await openBrowser()
    colleagueBrowser = await openBrowser()
    staffBrowser = await openBrowser()
    await logIn(ownerBrowser.page, owner)
    await logIn(newOwnerBrowser.page, newOwner)
    await logIn(colleagueBrowser.page, colleague)
    theCase = await createCase(ownerBrowser.page, { facts: 'Confidential facts for the panel' })
    const shared = await apiFetch(ownerBrowser.page, {
      method: 'POST',
      url: `/api/cases/${theCase.id}/share`,
      body: { email: colleague.email, attestation: true },
    })
    expect(shared.status).toBe(200)
    await adminLogin(staffBrowser.page, staff.email, staff.password)
    await staffBrowser.page.waitForURL(/\/admin(\/)?$/)
  }, 120_000)

  afterAll(async () => {
    await ownerBrowser?.context.close()
    await newOwnerBrowser?.context.close()
    await colleagueBrowser?.context.close()
    await staffBrowser?.context.close()
  })

  it('should show staff the panels without serious accessibility problems', async () => {
    const { page } = staffBrowser
    await page.goto(`${baseUrl}/admin/collections/cases/${theCase.id}`)
    await page.getByRole('heading', { name: 'Transfer to another advocate' }).waitFor()
    await page.locator('.tabs-field__tab-button', { hasText: 'Sharing' }).click()
    await page.getByRole('button', { name: `Remove ${colleague.email}` }).waitFor()
    await screenshot(page, 'admin-case-actions')
    expect(await seriousViolations(page, ['.case-transfer-panel', '.case-shares-panel'])).toEqual(
      [],
    )
  })

  it('should transfer the case after the confirmation, ending the previous owner’s access', async () => {
    const { page } = staffBrowser
    await page.goto(`${baseUrl}/admin/collections/cases/${theCase.id}`)
    await page.getByLabel('Email of the receiving advocate').fill(newOwner.email)
    await page.getByLabel('Reason (required)').fill(reason)
    await page.getByRole('button', { name: 'Transfer…' }).click()
    await page
      .getByText(
        `Transfer case ${theCase.caseNumber} to ${newOwner.email}? The current owner loses access.`,
      )
      .waitFor()
    await screenshot(page, 'admin-case-transfer-confirm')
    await page.getByRole('button', { name: 'Confirm transfer' }).click()
    await page.getByText(`Transferred to ${newOwner.email}.`).waitFor()

    const previous = await apiFetch(ownerBrowser.page, { url: `/api/cases/${theCase.id}` })
    expect(previous.status).toBe(404)
    const previousPage = await ownerBrowser.page.goto(`${baseUrl}/cases/${theCase.id}`)
    expect(previousPage?.status()).toBe(404)
    await ownerBrowser.page.goto(`${baseUrl}/account`)
    const ownerCases = ownerBrowser.page.getByRole('region', { name: 'My Cases' })
    expect(await ownerCases.getByText(theCase.caseNumber).count()).toBe(0)

    const next = await apiFetch(newOwnerBrowser.page, { url: `/api/cases/${theCase.id}?depth=0` })
    expect(next.status).toBe(200)
    await newOwnerBrowser.page.goto(`${baseUrl}/account`)
    const newOwnerCases = newOwnerBrowser.page.getByRole('region', { name: 'My Cases' })
    expect(await newOwnerCases.getByText(theCase.caseNumber).count()).toBeGreaterThan(0)

    const notice = await waitForMail({
      to: newOwner.email,
      subject: new RegExp(`Case ${theCase.caseNumber} was transferred`),
    })
    expect(notice.html).toContain(reason)
    expect(notice.html).not.toContain('Confidential facts')
  })

  it('should remove the shared user after the confirmation, ending their access', async () => {
    const { page } = staffBrowser
    await page.goto(`${baseUrl}/admin/collections/cases/${theCase.id}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Sharing' }).click()
    await page.getByRole('button', { name: `Remove ${colleague.email}` }).click()
    await page.getByText(`Remove ${colleague.email}? They lose access at once.`).waitFor()
    await page.getByRole('button', { name: 'Confirm removal' }).click()
    await page.getByText(`Removed ${colleague.email}.`, { exact: false }).waitFor()
    await page.getByText('This case is not shared with anyone.').waitFor()
    await screenshot(page, 'admin-case-share-removed')

    const removed = await apiFetch(colleagueBrowser.page, { url: `/api/cases/${theCase.id}` })
    expect(removed.status).toBe(404)
    const removedPage = await colleagueBrowser.page.goto(`${baseUrl}/cases/${theCase.id}`)
    expect(removedPage?.status()).toBe(404)
    await colleagueBrowser.page.goto(`${baseUrl}/account`)
    const shared = colleagueBrowser.page.getByRole('region', { name: 'Cases Shared With Me' })
    expect(await shared.getByText(theCase.caseNumber).count()).toBe(0)
    await waitForMail({
      to: colleague.email,
      subject: new RegExp(`access to case ${theCase.caseNumber} was removed`),
    })
  })
})
