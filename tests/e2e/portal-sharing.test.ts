import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { baseUrl, openBrowser } from '../helpers/e2e'
import { apiFetch, createCase, logIn, snap, waitForMail } from '../helpers/portal'

/**
 * Journey 2: the owner shares a case with a colleague, who uses it but cannot report outcomes;
 * an unknown address gets a clear error and an invitation option; removing the share ends access.
 * The tests run in order on one case, each with its own browser per person.
 */
describe.skipIf(!hasChrome)('sharing a case in the portal (production build)', () => {
  const owner = e2eAccount('portalOwner')
  const colleague = e2eAccount('portalColleague')
  let ownerBrowser: { context: BrowserContext; page: Page }
  let colleagueBrowser: { context: BrowserContext; page: Page }
  let theCase: { id: number; caseNumber: string }

  beforeAll(async () => {
    ownerBrowser = await openBrowser()
    colleagueBrowser = await openBrowser()
    await logIn(ownerBrowser.page, owner)
    await logIn(colleagueBrowser.page, colleague)
    theCase = await createCase(ownerBrowser.page, {
      country: 'guatemala',
      persecutionTypes: ['domestic-violence'],
      facts: 'Confidential facts that must never appear in an email.',
    })
  })
  afterAll(async () => {
    await ownerBrowser?.context.close()
    await colleagueBrowser?.context.close()
  })

  it('should share a case with a registered colleague, who sees it under Cases Shared With Me and opens its library', async () => {
    const { page } = ownerBrowser
    await page.goto(`${baseUrl}/account`)
    await page.getByRole('link', { name: `Share for case ${theCase.caseNumber}` }).click()
    await page.waitForURL(`${baseUrl}/cases/${theCase.id}/share`)
    await snap(page, 'share-form')
    await page.getByLabel('Email address of the person to share with').fill(colleague.email)
    await page.getByRole('button', { name: 'Share case' }).click()
    await page.locator('#field-attestation-error').waitFor()
    expect(await page.locator('#field-attestation-error').textContent()).toContain(
      'Confirm that this person works with the applicant.',
    )
    await page.getByLabel('I confirm this person works with the applicant on this case').check()
    await page.getByRole('button', { name: 'Share case' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Case shared with ${colleague.email}` })
      .waitFor()
    const access = page.getByRole('table', { name: 'People who can open this case' })
    expect(await access.textContent()).toContain(colleague.name)
    await snap(page, 'share-done')

    const email = await waitForMail({
      to: colleague.email,
      subject: new RegExp(`Case ${theCase.caseNumber} was shared with you`),
    })
    expect(email.html).not.toContain('Confidential facts')

    const other = colleagueBrowser.page
    await other.goto(`${baseUrl}/account`)
    const shared = other.getByRole('region', { name: 'Cases Shared With Me' })
    expect(await shared.getByRole('rowheader', { name: theCase.caseNumber }).isVisible()).toBe(true)
    const row = shared.getByRole('row').filter({ hasText: theCase.caseNumber })
    expect(await row.locator('td[data-label="Shared by"]').textContent()).toContain(owner.name)
    await snap(other, 'account-shared-with-me')
    await shared
      .getByRole('link', { name: `View TA Library for this Case for case ${theCase.caseNumber}` })
      .click()
    await other.waitForURL(`${baseUrl}/cases/${theCase.id}/library`)
    expect(await other.getByRole('heading', { level: 1 }).textContent()).toContain(
      theCase.caseNumber,
    )
    await snap(other, 'shared-library')
  })

  it('should give a shared user no way to add an outcome, and the server should refuse one sent directly', async () => {
    const page = colleagueBrowser.page
    await page.goto(`${baseUrl}/account`)
    const shared = page.getByRole('region', { name: 'Cases Shared With Me' })
    expect(
      await shared.getByRole('link', { name: /Add an Outcome|Add Another Outcome/ }).count(),
    ).toBe(0)
    await page.goto(`${baseUrl}/cases/${theCase.id}/outcomes`)
    expect(
      await page.getByRole('link', { name: /Add an Outcome|Add Another Outcome/ }).count(),
    ).toBe(0)
    await snap(page, 'shared-outcomes')
    await page.goto(`${baseUrl}/cases/${theCase.id}/outcomes/new`)
    expect(await page.locator('form').filter({ hasText: 'Save outcome' }).count()).toBe(0)
    await page.goto(`${baseUrl}/cases/${theCase.id}/share`)
    expect(await page.getByLabel('Email address of the person to share with').count()).toBe(0)
    expect(await page.getByRole('button', { name: /Remove/ }).count()).toBe(0)
    await snap(page, 'shared-share-tab')

    const relief = await apiFetch(page, { url: '/api/relief-types?where[slug][equals]=asylum' })
    const reliefId = (relief.json.docs as { id: number }[])[0].id
    const attempt = await apiFetch(page, {
      method: 'POST',
      url: '/api/outcomes',
      body: {
        case: theCase.id,
        decisionDate: new Date().toISOString(),
        results: [{ relief: reliefId, result: 'granted' }],
      },
    })
    expect(attempt.status).toBe(403)
    const outcomes = await apiFetch(ownerBrowser.page, {
      url: `/api/outcomes?where[case][equals]=${theCase.id}&depth=0`,
    })
    expect(outcomes.json.totalDocs).toBe(0)
  })

  it('should explain that an unknown email address has no account and offer an invitation instead', async () => {
    const { page } = ownerBrowser
    const stranger = `e2e-stranger-${Date.now()}@test.example`
    await page.goto(`${baseUrl}/cases/${theCase.id}/share`)
    await page.getByLabel('Email address of the person to share with').fill(stranger)
    await page.getByLabel('I confirm this person works with the applicant on this case').check()
    await page.getByRole('button', { name: 'Share case' }).click()
    const error = page.locator('#field-email-error')
    await error.waitFor()
    expect(await error.textContent()).toContain('No TA Library account uses this email address')
    expect(
      await page
        .getByLabel('Email address of the person to share with')
        .getAttribute('aria-invalid'),
    ).toBe('true')
    await snap(page, 'share-unknown-email')

    await page.getByRole('button', { name: 'Send an invitation instead' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Invitation sent to ${stranger}` })
      .waitFor()
    const access = page.getByRole('table', { name: 'People who can open this case' })
    expect(await access.textContent()).toContain(stranger)
    await snap(page, 'share-invitation-sent')
    const invitation = await waitForMail({ to: stranger, subject: /You are invited/ })
    expect(invitation.subject).toContain(theCase.caseNumber)

    await page.getByRole('button', { name: `Withdraw invitation to ${stranger}` }).click()
    await page.waitForURL(`${baseUrl}/cases/${theCase.id}/share?withdrawn=1`)
    expect(await access.textContent()).not.toContain(stranger)
    await snap(page, 'share-invitation-withdrawn')
    const withdrawn = await waitForMail({ to: stranger, subject: /invitation .* was withdrawn/ })
    expect(withdrawn.html).not.toContain('Confidential facts')
  })

  it('should remove a shared user, who loses access at once', async () => {
    const { page } = ownerBrowser
    await page.goto(`${baseUrl}/cases/${theCase.id}/share`)
    await page.getByRole('button', { name: `Remove ${colleague.name}` }).click()
    await page.waitForURL(`${baseUrl}/cases/${theCase.id}/share?removed=1`)
    const access = page.getByRole('table', { name: 'People who can open this case' })
    expect(await access.textContent()).not.toContain(colleague.name)
    await snap(page, 'share-removed')

    const other = colleagueBrowser.page
    const response = await other.goto(`${baseUrl}/cases/${theCase.id}`)
    expect(response?.status()).toBe(404)
    await snap(other, 'removed-case-not-found')
    const library = await apiFetch(other, { url: `/api/cases/${theCase.id}/library` })
    expect(library.status).toBe(404)
    await other.goto(`${baseUrl}/account`)
    const shared = other.getByRole('region', { name: 'Cases Shared With Me' })
    expect(await shared.getByText(theCase.caseNumber).count()).toBe(0)
    const notice = await waitForMail({
      to: colleague.email,
      subject: new RegExp(`access to case ${theCase.caseNumber} was removed`),
    })
    expect(notice.html).not.toContain('Confidential facts')
  })
})
