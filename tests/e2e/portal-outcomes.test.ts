import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { baseUrl, openBrowser } from '../helpers/e2e'
import { makePdf } from '../helpers/files'
import { apiFetch, createCase, logIn, snap, waitForMail } from '../helpers/portal'

const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

describe.skipIf(!hasChrome)('outcomes and requests in the portal (production build)', () => {
  const owner = e2eAccount('portalOwner')
  let context: BrowserContext
  let page: Page

  beforeEach(async () => {
    ;({ context, page } = await openBrowser())
    await logIn(page, owner)
  })
  afterEach(async () => {
    await context.close()
  })

  it('should add an outcome with a PDF decision, then another outcome', async () => {
    const theCase = await createCase(page, {
      country: 'honduras',
      persecutionTypes: ['gang-based-harm', 'family-membership'],
      reliefSought: ['asylum', 'withholding', 'cat'],
      facts: 'Confidential facts that must never appear in an email.',
    })
    const pdf = path.join(mkdtempSync(path.join(tmpdir(), 'ta-decision-')), 'ij-decision.pdf')
    writeFileSync(pdf, makePdf('Decision of the immigration judge'))

    await page.goto(`${baseUrl}/account`)
    await page.getByRole('link', { name: `Add an Outcome for case ${theCase.caseNumber}` }).click()
    await page.waitForURL(`${baseUrl}/cases/${theCase.id}/outcomes/new`)
    await snap(page, 'outcome-form')

    await page.getByLabel('Date of the decision').fill(daysAgo(3))
    const results = page.getByRole('group', { name: 'Result for each form of relief' })
    await results.getByRole('group', { name: 'Asylum' }).getByLabel('Granted').check()
    await results
      .getByRole('group', { name: 'Withholding of removal' })
      .getByLabel('Other relief')
      .check()
    await page.getByLabel('Particular social group formulation').check()
    await page.getByLabel('Nexus').check()
    await page.getByLabel('More about the arguments').fill('Family as a particular social group.')
    await page.getByLabel('Country conditions evidence').check()
    await page
      .getByLabel('The adjudicator’s rationale')
      .fill('Credible testimony, nexus to family.')
    await page.getByLabel('Decision (PDF)').setInputFiles(pdf)
    await page.getByRole('button', { name: 'Save outcome' }).click()
    // A decision needs both attestations; the rest of the answers stay.
    await page.locator('#field-containsIndividualizedAnalysis-error').waitFor()
    expect(await page.locator('#field-clientPermission-error').isVisible()).toBe(true)
    expect(await page.getByLabel('More about the arguments').inputValue()).toBe(
      'Family as a particular social group.',
    )
    await snap(page, 'outcome-attestations-missing')

    await page.getByLabel('Decision (PDF)').setInputFiles(pdf)
    await page.getByLabel('The decision contains individualized analysis').check()
    await page
      .getByLabel('My client gave permission to share this decision with the TA program')
      .check()
    // With no approved expert profiles, the form asks for a name only.
    await page.getByLabel('Expert’s name').first().fill('Dr. Elena Marquez')
    await page.getByLabel('Your feedback').first().fill('Clear, well-sourced declaration.')
    await page.getByLabel('Keep this feedback confidential').first().check()
    await page.getByRole('button', { name: 'Save outcome' }).click()
    await page.waitForURL(`${baseUrl}/cases/${theCase.id}/outcomes?added=1`)
    const list = page.locator('.outcome-list')
    expect(await list.locator('> li').count()).toBe(1)
    expect(await list.textContent()).toContain('Granted')
    expect(await list.textContent()).toContain('Dr. Elena Marquez (confidential)')
    // The decision downloads through Payload's access-checked file route, as a file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('link', { name: /Download the decision/ }).click(),
    ])
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    await snap(page, 'outcomes-one')

    const email = await waitForMail({
      to: owner.email,
      subject: new RegExp(`Outcome received for case ${theCase.caseNumber}`),
    })
    expect(email.html).not.toContain('Confidential facts')
    expect(email.html).not.toContain('Credible testimony')

    await page.getByRole('link', { name: 'Add Another Outcome' }).click()
    await page.waitForURL(`${baseUrl}/cases/${theCase.id}/outcomes/new`)
    await page.getByLabel('Date of the decision').fill(daysAgo(1))
    await page
      .getByRole('group', { name: 'Protection under the Convention Against Torture (CAT)' })
      .getByLabel('Denied')
      .check()
    await page.getByRole('button', { name: 'Save outcome' }).click()
    await page.waitForURL(`${baseUrl}/cases/${theCase.id}/outcomes?added=1`)
    expect(await list.locator('> li').count()).toBe(2)
    await snap(page, 'outcomes-two')

    await page.goto(`${baseUrl}/account`)
    expect(
      await page
        .getByRole('link', { name: `Add Another Outcome for case ${theCase.caseNumber}` })
        .isVisible(),
    ).toBe(true)
  })

  it('should send a request for assistance to staff and email an acknowledgement', async () => {
    const theCase = await createCase(page)
    await page.goto(`${baseUrl}/cases/${theCase.id}`)
    await page
      .getByRole('navigation', { name: 'Case sections' })
      .getByRole('link', { name: 'Request Assistance' })
      .click()
    await page.waitForURL(`${baseUrl}/cases/${theCase.id}/assistance`)
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.locator('#field-subject-error').waitFor()
    await page.getByLabel('What do you need help with?').fill('Internal relocation research')
    await page.getByLabel('Details').fill('We need recent sources on internal relocation.')
    await page
      .getByLabel('Urgent deadline')
      .fill(new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10))
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.waitForURL(`${baseUrl}/cases/${theCase.id}/assistance?sent=1`)
    expect(
      await page.getByRole('region', { name: 'Requests for this case' }).textContent(),
    ).toContain('Internal relocation research')
    await snap(page, 'assistance-sent')
    const email = await waitForMail({
      to: owner.email,
      subject: new RegExp(
        `We received your request for assistance \\(case ${theCase.caseNumber}\\)`,
      ),
    })
    expect(email.html).not.toContain('internal relocation')
    const stored = await apiFetch(page, {
      url: `/api/assistance-requests?where[case][equals]=${theCase.id}&depth=0`,
    })
    expect((stored.json.docs as { status: string }[])[0].status).toBe('new')
  })

  it('should take a resource submission and its file into the staff queue, the file private to staff', async () => {
    const pdf = path.join(tmpdir(), `submission-${Date.now()}.pdf`)
    writeFileSync(pdf, makePdf('Pre-hearing brief family-based particular social group'))
    await page.goto(`${baseUrl}/submit-resource`)
    await snap(page, 'submit-resource')
    await page.getByLabel('Title').fill('Pre-hearing brief: family-based PSG')
    await page.getByLabel('Description').fill('Redacted brief from a granted Honduras case.')
    await page.getByLabel(/^File/).setInputFiles(pdf)
    await page.getByLabel('I have my client’s permission').check()
    await page.getByRole('button', { name: 'Send to the TA program' }).click()
    await page.waitForURL(/\/submit-resource\?sent=with-file/)
    expect(await page.getByRole('status').textContent()).toContain('and its file reached')
    await snap(page, 'submit-resource-sent')
    const stored = await apiFetch(page, { url: '/api/resource-submissions?depth=0&limit=5' })
    const submission = (stored.json.docs as { title: string; file: number | null }[]).find(
      (d) => d.title === 'Pre-hearing brief: family-based PSG',
    )
    expect(submission?.file).toEqual(expect.any(Number))
    // The submitter cannot read the stored file back by id or through the file list.
    const own = await apiFetch(page, { url: `/api/resource-files/${submission?.file}` })
    expect([403, 404]).toContain(own.status)
    const list = await apiFetch(page, { url: '/api/resource-files?depth=0' })
    expect(list.status).toBe(403)
  })

  it('should take feedback from a guest', async () => {
    const guest = await openBrowser()
    try {
      await guest.page.goto(`${baseUrl}/news`)
      await guest.page.getByRole('link', { name: 'Send feedback about the TA Library' }).click()
      await guest.page.waitForURL(`${baseUrl}/feedback`)
      await guest.page.getByLabel('A problem with the site').check()
      await guest.page.getByLabel('Your feedback').fill('The news page loads slowly on my phone.')
      await guest.page.getByRole('button', { name: 'Send feedback' }).click()
      await guest.page.waitForURL(`${baseUrl}/feedback?sent=1`)
      await snap(guest.page, 'feedback-sent')
      expect(await guest.page.getByRole('status').textContent()).toContain('reached program staff')
    } finally {
      await guest.context.close()
    }
  })
})
