import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { baseUrl, openBrowser } from '../helpers/e2e'
import { apiFetch, createCase, logIn, snap } from '../helpers/portal'

/** The conflict table's rows as [answer, saved by the other person, in your form now]. */
const conflictRows = async (page: Page) => {
  const section = page.locator('section.conflict')
  await section.getByRole('heading', { name: 'Changes saved by someone else' }).waitFor()
  return section
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    )
}

describe.skipIf(!hasChrome)('edits saved from two windows (production build)', () => {
  let context: BrowserContext
  let first: Page
  let second: Page

  beforeEach(async () => {
    ;({ context, page: first } = await openBrowser())
    second = await context.newPage()
  })
  afterEach(async () => {
    await context.close()
  })

  it('should show the other window’s intake changes and apply this one’s on saving again', async () => {
    await logIn(first, e2eAccount('conflictAdvocate'))
    const { id } = await createCase(first, { facts: 'Fled in 2021.' })
    const editUrl = `${baseUrl}/cases/${id}/edit`
    await first.goto(editUrl)
    await second.goto(editUrl)

    // The second window changes the language and saves first.
    await second.getByRole('button', { name: 'Continue' }).click()
    await second.getByLabel(/Applicant’s language/).fill('Mam')
    await second.getByRole('button', { name: 'Continue' }).click()
    await second.getByRole('button', { name: 'Continue' }).click()
    await second.getByRole('button', { name: 'Save changes' }).click()
    await second.waitForURL(/\/cases\/\d+\?saved=1$/)

    // The first window, opened before that save, changes the facts.
    for (let step = 0; step < 3; step += 1) {
      await first.getByRole('button', { name: 'Continue' }).click()
    }
    await first.getByLabel(/Facts of the claim/).fill('Fled in 2021 after threats at work.')
    await first.getByRole('button', { name: 'Save changes' }).click()
    // Only the answer the other window changed is listed, and taken; the facts typed here stay.
    expect(await conflictRows(first)).toEqual([['Language', 'Mam', 'Mam']])
    expect(await first.locator('.error-summary').textContent()).toContain(
      'Someone else saved changes to this case while you were editing it.',
    )
    expect(await first.getByLabel(/Facts of the claim/).inputValue()).toBe(
      'Fled in 2021 after threats at work.',
    )
    await snap(first, 'case-edit-conflict')

    // Nothing of the refused save was stored; saving again keeps both changes.
    const between = await apiFetch(first, { url: `/api/cases/${id}?depth=0` })
    expect(between.json).toMatchObject({ language: 'Mam', facts: 'Fled in 2021.' })
    await first.getByRole('button', { name: 'Save changes' }).click()
    await first.waitForURL(/\/cases\/\d+\?saved=1$/)
    const stored = await apiFetch(first, { url: `/api/cases/${id}?depth=0` })
    expect(stored.json).toMatchObject({
      language: 'Mam',
      facts: 'Fled in 2021 after threats at work.',
    })
  })

  it('should keep this window’s account details when another window saved first', async () => {
    await logIn(first, e2eAccount('conflictAdvocate'))
    const settingsUrl = `${baseUrl}/account/settings`
    await first.goto(settingsUrl)
    await second.goto(settingsUrl)

    await second.getByLabel('Your name').fill('Tomás Twotabs')
    await second.getByLabel('Your role').selectOption({ label: 'Paralegal' })
    await second.getByRole('button', { name: 'Save changes' }).click()
    await second.getByText('Your account details are saved.').waitFor()

    await first.getByLabel('Your role').selectOption({ label: 'Paralegal' })
    await first.getByLabel('Program news newsletter').uncheck()
    await first.getByRole('button', { name: 'Save changes' }).click()
    expect(await conflictRows(first)).toEqual([['Your name', 'Tomás Twotabs', 'Tomás Twotabs']])
    expect(await first.getByLabel('Your name').inputValue()).toBe('Tomás Twotabs')
    expect(await first.getByLabel('Program news newsletter').isChecked()).toBe(false)

    await first.getByRole('button', { name: 'Save changes' }).click()
    await first.getByText('Your account details are saved.').waitFor()
    const me = await apiFetch(first, { url: '/api/users/me?depth=0' })
    const user = me.json.user as { name: string; notifications: { newsletter: boolean } }
    expect(user.name).toBe('Tomás Twotabs')
    expect(user.notifications.newsletter).toBe(false)

    // The version moved on with the save: a further save from the same window is not refused.
    await first.getByLabel('Program news newsletter').check()
    await first.getByRole('button', { name: 'Save changes' }).click()
    await expect
      .poll(async () => {
        const again = await apiFetch(first, { url: '/api/users/me?depth=0' })
        return (again.json.user as typeof user).notifications.newsletter
      })
      .toBe(true)
    expect(await first.locator('section.conflict').count()).toBe(0)
  })

  it('should keep this window’s expert profile answers when another window saved first', async () => {
    await logIn(first, e2eAccount('conflictExpert'))
    const profileUrl = `${baseUrl}/account/expert-profile`
    await first.goto(profileUrl)
    await first.getByRole('button', { name: 'Save draft' }).click()
    await first.waitForURL(`${profileUrl}?saved=draft`)
    // Both windows open the saved draft (so each save below is seen to arrive).
    await first.goto(profileUrl)
    await second.goto(profileUrl)

    await second.getByLabel(/^Location/).fill('Quito and remote')
    await second.getByRole('button', { name: 'Save draft' }).click()
    await second.waitForURL(`${profileUrl}?saved=draft`)

    await first.getByLabel('Languages you work in').fill('Spanish, Kichwa')
    await first.getByRole('button', { name: 'Save draft' }).click()
    expect(await conflictRows(first)).toEqual([
      ['Location', 'Quito and remote', 'Quito and remote'],
    ])
    expect(await first.getByLabel('Languages you work in').inputValue()).toBe('Spanish, Kichwa')
    await first.getByRole('button', { name: 'Save draft' }).click()
    await first.waitForURL(`${profileUrl}?saved=draft`)
    const mine = await apiFetch(first, { url: '/api/experts?draft=true&depth=0' })
    const [profile] = mine.json.docs as { location: string; languages: string[] }[]
    expect(profile.location).toBe('Quito and remote')
    expect(profile.languages).toEqual(['Spanish', 'Kichwa'])
  })
})
