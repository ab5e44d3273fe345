import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { adminLogin, baseUrl, openBrowser, screenshot } from '../helpers/e2e'
import { apiFetch, logIn } from '../helpers/portal'

type Browser = { context: BrowserContext; page: Page }

const run = Date.now().toString(36)

/**
 * An advocate picks a court, then its adjudicator, on the intake (the list shows that court's
 * judges only), or types a missing one; staff then merge the typed entry into the listed judge
 * from the admin panel (src/components/admin/MergeEntryPanel.tsx) and the case follows.
 */
describe.skipIf(!hasChrome)('courts and adjudicators (production build)', () => {
  const advocate = e2eAccount('adjudicatorsAdvocate')
  const staff = e2eAccount('staff')
  let advocateBrowser: Browser
  let staffBrowser: Browser
  let listed: { id: number; name: string }
  let elsewhere: { id: number; name: string }
  let caseId: number
  let typedId: number

  const staffApi = (args: Parameters<typeof apiFetch>[1]) => apiFetch(staffBrowser.page, args)

  const courtId = async (slug: string) => {
    const { json } = await staffApi({ url: `/api/courts?where[slug][equals]=${slug}&depth=0` })
    return (json.docs as { id: number }[])[0]!.id
  }

  const addJudge = async (name: string, court: number) => {
    const { status, json } = await staffApi({
      method: 'POST',
      url: '/api/adjudicators',
      body: { name, slug: `e2e-${run}-${court}-${name.length}`, court },
    })
    expect(status).toBe(201)
    return { id: (json.doc as { id: number }).id, name }
  }

  beforeAll(async () => {
    advocateBrowser = await openBrowser()
    staffBrowser = await openBrowser()
    await logIn(advocateBrowser.page, advocate)
    await adminLogin(staffBrowser.page, staff.email, staff.password)
    await staffBrowser.page.waitForURL(/\/admin(\/)?$/)
    const sanFrancisco = await courtId('san-francisco-immigration-court')
    const adelanto = await courtId('adelanto-immigration-court')
    listed = await addJudge(`Listed Judge ${run}`, sanFrancisco)
    elsewhere = await addJudge(`Elsewhere Judge ${run}`, adelanto)
  }, 120_000)

  afterAll(async () => {
    await advocateBrowser?.context.close()
    await staffBrowser?.context.close()
  })

  it('should offer the chosen court’s adjudicators and store a typed one unconfirmed', async () => {
    const { page } = advocateBrowser
    await page.goto(`${baseUrl}/cases/new`)
    await page.getByLabel('Country of origin').selectOption({ label: 'Guatemala' })
    await page.getByLabel('Domestic violence').check()
    await page.getByLabel('Asylum', { exact: true }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('Step 2 of 4: Proceedings').waitFor()
    await page.getByLabel('Immigration court (defensive)').check()
    await page
      .getByLabel('Immigration court or asylum office')
      .selectOption({ label: 'San Francisco Immigration Court (CA)' })
    const judges = page.getByLabel('Adjudicator (immigration judge or asylum officer)')
    await judges.locator('option', { hasText: listed.name }).waitFor({ state: 'attached' })
    expect(await judges.locator('option', { hasText: elsewhere.name }).count()).toBe(0)
    await judges.selectOption({ label: 'Not listed: type the name' })
    await page.getByLabel('Adjudicator’s name').fill(`Typed Judge ${run}`)
    await screenshot(page, 'intake-adjudicator-typed')
    expect(await seriousViolations(page, ['form'])).toEqual([])
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('Step 3 of 4: Hearing and deadlines').waitFor()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('Step 4 of 4: Facts and review').waitFor()
    await page.getByText(`Typed Judge ${run} (not listed: staff will confirm it)`).waitFor()
    await page.getByRole('button', { name: 'Register this case' }).click()
    await page.waitForURL(/\/cases\/\d+\/confirmation/)
    caseId = Number(/\/cases\/(\d+)\//.exec(page.url())![1])

    const { json: theCase } = await staffApi({ url: `/api/cases/${caseId}?depth=1` })
    const typed = theCase.adjudicator as { id: number; name: string; verified: boolean }
    expect({ name: typed.name, verified: typed.verified }).toEqual({
      name: `Typed Judge ${run}`,
      verified: false,
    })
    expect((theCase.court as { slug: string }).slug).toBe('san-francisco-immigration-court')
    typedId = typed.id
  })

  it('should let staff merge the typed entry into the listed judge, moving the case', async () => {
    const { page } = staffBrowser
    await page.goto(`${baseUrl}/admin/collections/adjudicators/${typedId}`)
    await page.getByRole('heading', { name: 'Merge into…' }).waitFor()
    const into = page.getByLabel('Merge into', { exact: true })
    await into.locator('option', { hasText: listed.name }).waitFor({ state: 'attached' })
    expect(await seriousViolations(page, ['.merge-entry-panel'])).toEqual([])
    await into.selectOption(String(listed.id))
    await page.getByRole('button', { name: 'Merge…' }).click()
    await page
      .getByText(
        `Merge “Typed Judge ${run}” into “${listed.name} — San Francisco Immigration Court”?`,
        {
          exact: false,
        },
      )
      .waitFor()
    await screenshot(page, 'admin-adjudicator-merge-confirm')
    await page.getByRole('button', { name: 'Confirm merge' }).click()
    await page.waitForURL(new RegExp(`/admin/collections/adjudicators/${listed.id}$`))

    const { json: theCase } = await staffApi({ url: `/api/cases/${caseId}?depth=0` })
    expect(theCase.adjudicator).toBe(listed.id)
    const gone = await staffApi({ url: `/api/adjudicators/${typedId}` })
    expect(gone.status).toBe(404)
  })
})
