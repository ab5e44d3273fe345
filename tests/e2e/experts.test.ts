import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { adminLogin, baseUrl, openBrowser } from '../helpers/e2e'
import { makePdf } from '../helpers/files'
import { apiFetch, linkIn, logIn, snap, waitForMail } from '../helpers/portal'

/**
 * The expert side (SPEC §7), in order on one new expert: register and confirm, build and submit a
 * profile, staff approve it in the admin panel, an advocate finds it in the Expert Witness
 * Database by country and language, and the expert sees only the feedback meant for them.
 */
describe.skipIf(!hasChrome)('expert witnesses (production build)', () => {
  const stamp = Date.now().toString(36)
  const email = `e2e-new-expert-${stamp}@test.example`
  const password = 'harbor velvet ninety lantern'
  const name = `Dr. Imelda Quispe ${stamp}`
  // A language no demo expert lists, so the search result is this expert alone.
  const language = `Aymara${stamp}`
  let expert: { context: BrowserContext; page: Page }
  let profileId: number
  let cvFilename: string

  beforeAll(async () => {
    expert = await openBrowser()
  })
  afterAll(async () => {
    await expert?.context.close()
  })

  it('should let an expert register, confirm the address and submit a complete profile', async () => {
    const { page } = expert
    await page.goto(`${baseUrl}/register`)
    await page.getByLabel('Expert witness').check()
    await page.getByLabel('Your name').fill(name)
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByLabel('I accept the terms of use').check()
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL(`${baseUrl}/register/check-email`)
    const message = await waitForMail({ to: email, subject: /Confirm your email address/ })
    await page.goto(linkIn(message, '/verify?token='))
    await page.getByRole('button', { name: 'Confirm my email address' }).click()
    await page.waitForURL(/\/login\?verified=1/)
    await logIn(page, { email, password })

    await page.goto(`${baseUrl}/account`)
    await page.getByRole('link', { name: 'My expert profile' }).click()
    await page.waitForURL(`${baseUrl}/account/expert-profile`)
    expect(await page.getByText('You have no profile yet.').isVisible()).toBe(true)
    await snap(page, 'expert-profile-empty')

    // An incomplete profile is saved as a draft and the missing answers are named.
    await page.getByRole('button', { name: 'Save and submit for review' }).click()
    await page.getByRole('alert').getByText('Choose at least one type of expert.').waitFor()
    await snap(page, 'expert-profile-incomplete')

    await page.getByLabel('Country conditions', { exact: true }).check()
    // Countries: narrowed by name (accents and case ignored), chosen by checkbox, named in a line.
    const countries = page.getByRole('group', { name: 'Countries of expertise' })
    const findCountry = countries.getByLabel('Find a country')
    const brazil = countries.getByLabel('Brazil', { exact: true })
    const coteDivoire = countries.getByLabel("Côte d'Ivoire", { exact: true })
    await findCountry.fill('BOLI')
    await countries.getByText('1 country match').waitFor()
    await brazil.waitFor({ state: 'hidden' })
    await countries.getByLabel('Bolivia', { exact: true }).check()
    await findCountry.fill('cote')
    await coteDivoire.waitFor({ state: 'visible' })
    // Enter in the search box must not submit the whole profile.
    await findCountry.evaluate((input: HTMLInputElement) => {
      input.form!.addEventListener('submit', () => input.setAttribute('data-submitted', 'yes'))
    })
    await findCountry.press('Enter')
    expect(await findCountry.getAttribute('data-submitted')).toBeNull()
    await findCountry.fill('')
    // Bolivia's region stays open; the others fold away again.
    await brazil.waitFor({ state: 'visible' })
    await coteDivoire.waitFor({ state: 'hidden' })
    await countries.getByText('1 country chosen: Bolivia.').waitFor()
    await snap(page, 'expert-profile-countries')
    await page.getByLabel('Indigenous status', { exact: true }).check()
    await page.getByLabel('Languages you work in').fill(`Spanish, ${language}`)
    await page
      .getByLabel('Credentials and experience')
      .fill(
        'Anthropologist; twenty years of fieldwork in the Bolivian altiplano and 30 declarations on the treatment of indigenous communities.',
      )
    await page.getByLabel('Written declaration', { exact: true }).check()
    await page.getByLabel('Pro bono', { exact: true }).check()
    await page.getByLabel(/^Location/).fill('La Paz and remote')
    const cv = path.join(tmpdir(), `cv-${stamp}.pdf`)
    writeFileSync(cv, makePdf('Curriculum vitae'))
    await page.getByLabel(/^CV/).setInputFiles(cv)
    await page.getByRole('button', { name: 'Save and submit for review' }).click()
    await page.waitForURL(`${baseUrl}/account/expert-profile?saved=submitted`)
    expect(await page.getByRole('status').textContent()).toContain('Profile submitted for review')
    expect(await page.getByText('Your profile is not listed').isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: 'Open my CV' }).isVisible()).toBe(true)
    await snap(page, 'expert-profile-submitted')
    await waitForMail({ to: email, subject: /We received your expert profile/ })

    const mine = await apiFetch(page, { url: '/api/experts?draft=true&depth=0' })
    const docs = mine.json.docs as { id: number; reviewStatus: string; staffNotes?: string }[]
    expect(docs).toHaveLength(1)
    expect(docs[0].reviewStatus).toBe('submitted')
    profileId = docs[0].id
    const files = await apiFetch(page, { url: '/api/expert-documents?depth=0' })
    cvFilename = (files.json.docs as { filename: string }[])[0].filename
    const ownCv = await apiFetch(page, { url: `/api/expert-documents/file/${cvFilename}` })
    expect(ownCv.status).toBe(200)
  })

  it('should let staff approve the profile in the admin panel, emailing the expert', async () => {
    const staff = e2eAccount('staff')
    const { context, page } = await openBrowser()
    try {
      await adminLogin(page, staff.email, staff.password)
      await page.waitForURL(/\/admin(\/)?$/)
      await page.goto(`${baseUrl}/admin/collections/experts/${profileId}`)
      const panel = page.getByRole('region', { name: 'Vetting decision' })
      await panel.waitFor()
      expect(await panel.getByText('This profile is waiting for your decision.').isVisible()).toBe(
        true,
      )
      await snap(page, 'admin-expert-vetting')
      expect(await seriousViolations(page, ['.vetting-panel'])).toEqual([])
      // Changes and rejections need a message for the expert.
      await panel.getByRole('button', { name: 'Request changes' }).click()
      await panel.getByText('Tell the expert what to change').waitFor()
      await panel.getByRole('button', { name: 'Approve and list' }).click()
      await panel.getByText('Decision saved and emailed to the expert.').waitFor()
      await snap(page, 'admin-expert-approved')
    } finally {
      await context.close()
    }
    await waitForMail({ to: email, subject: /Your expert profile is approved/ })
    await expert.page.goto(`${baseUrl}/account/expert-profile`)
    expect(await expert.page.getByText('Your approved profile is listed').isVisible()).toBe(true)
  })

  it('should let an advocate find the profile by country and language, with the notice on every view', async () => {
    const advocate = await openBrowser()
    try {
      const { page } = advocate
      await logIn(page, e2eAccount('advocate'))
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Expert Witness Database' })
        .click()
      await page.waitForURL(`${baseUrl}/experts`)
      expect(
        await page.getByRole('heading', { name: 'Before you contact an expert' }).isVisible(),
      ).toBe(true)
      await snap(page, 'experts-directory')
      const filters = page.getByRole('search', { name: 'Search and filter experts' })
      // On narrow screens the filters fold under a toggle; at this width they are shown.
      const toggle = filters.locator('summary', { hasText: 'Filters' })
      if (await toggle.isVisible()) await toggle.click()
      await filters
        .getByRole('group', { name: 'Country' })
        .getByLabel(/^Bolivia/)
        .check()
      await filters
        .getByRole('group', { name: 'Language' })
        .getByLabel(new RegExp(`^${language}`, 'i'))
        .check()
      await filters.getByRole('button', { name: 'Apply filters' }).click()
      await page.waitForURL(/\/experts\?/)
      const result = page.getByRole('link', { name })
      await result.waitFor()
      expect(await page.getByRole('article').count()).toBe(1)
      await snap(page, 'experts-directory-filtered')
      // Full text over the profile finds the same expert.
      await page.goto(`${baseUrl}/experts?q=altiplano`)
      expect(await page.getByRole('link', { name }).isVisible()).toBe(true)
      await page.getByRole('link', { name }).click()
      await page.waitForURL(`${baseUrl}/experts/${profileId}`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(name)
      expect(await page.getByRole('link', { name: email }).isVisible()).toBe(true)
      expect(
        await page.getByRole('heading', { name: 'Before you contact an expert' }).isVisible(),
      ).toBe(true)
      await snap(page, 'experts-profile')
    } finally {
      await advocate.context.close()
    }
  })

  it('should keep the approved profile listed while the expert’s new edits wait for review', async () => {
    const { page } = expert
    await page.goto(`${baseUrl}/account/expert-profile`)
    await page.getByLabel(/^Location/).fill('Pending location edit')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await page.waitForURL(`${baseUrl}/account/expert-profile?saved=draft`)
    expect(await page.getByText('You have changes that are not submitted yet').isVisible()).toBe(
      true,
    )
    const advocate = await openBrowser()
    try {
      await logIn(advocate.page, e2eAccount('advocate'))
      const listed = await apiFetch(advocate.page, {
        url: `/api/experts/${profileId}?draft=true&depth=0`,
      })
      expect(listed.status).toBe(200)
      expect(listed.json.location).toBe('La Paz and remote')
      expect(listed.json.staffNotes).toBeUndefined()
      expect(listed.json.reviewLog ?? []).toEqual([])
      expect(listed.json.cv).toBeUndefined()
      // The CV stays private to the expert and staff.
      const cvFile = await apiFetch(advocate.page, {
        url: `/api/expert-documents/file/${cvFilename}`,
      })
      expect([403, 404]).toContain(cvFile.status)
    } finally {
      await advocate.context.close()
    }
  })

  it('should show the expert the feedback attorneys shared, never a confidential comment', async () => {
    const owner = e2eAccount('advocate')
    const advocate = await openBrowser()
    try {
      await logIn(advocate.page, owner)
      const country = await apiFetch(advocate.page, {
        url: '/api/countries?where[slug][equals]=bolivia&depth=0',
      })
      const relief = await apiFetch(advocate.page, {
        url: '/api/relief-types?where[slug][equals]=asylum&depth=0',
      })
      const theCase = await apiFetch(advocate.page, {
        method: 'POST',
        url: '/api/cases',
        body: { country: (country.json.docs as { id: number }[])[0].id, facts: 'Private facts.' },
      })
      expect(theCase.status).toBe(201)
      const outcome = await apiFetch(advocate.page, {
        method: 'POST',
        url: '/api/outcomes',
        body: {
          case: (theCase.json.doc as { id: number }).id,
          decisionDate: new Date().toISOString(),
          results: [{ relief: (relief.json.docs as { id: number }[])[0].id, result: 'granted' }],
          expertFeedback: [
            { expert: profileId, feedback: `Clear and persuasive ${stamp}` },
            {
              expert: profileId,
              feedback: `Confidential: late delivery ${stamp}`,
              keepConfidential: true,
            },
          ],
        },
      })
      expect(outcome.status).toBe(201)

      // The case team keeps the expert on the case's shortlist.
      const caseId = (theCase.json.doc as { id: number; caseNumber: string }).id
      const caseNumber = (theCase.json.doc as { caseNumber: string }).caseNumber
      await advocate.page.goto(`${baseUrl}/experts/${profileId}`)
      await advocate.page.getByLabel('Case', { exact: true }).selectOption({ label: caseNumber })
      await advocate.page
        .getByRole('button', { name: 'Add to the case’s expert shortlist' })
        .click()
      await advocate.page.waitForURL(`${baseUrl}/experts/${profileId}?shortlist=add`)
      await advocate.page.goto(`${baseUrl}/cases/${caseId}`)
      const shortlist = advocate.page.locator('#shortlist')
      expect(await shortlist.getByRole('link', { name }).isVisible()).toBe(true)
      await snap(advocate.page, 'case-expert-shortlist')
    } finally {
      await advocate.context.close()
    }
    const { page } = expert
    await page.goto(`${baseUrl}/account/expert-feedback`)
    expect(await page.getByText(`Clear and persuasive ${stamp}`).isVisible()).toBe(true)
    expect(await page.getByText(`late delivery ${stamp}`).count()).toBe(0)
    expect(await page.getByText('Private facts.').count()).toBe(0)
    await snap(page, 'expert-feedback')
  })
})
