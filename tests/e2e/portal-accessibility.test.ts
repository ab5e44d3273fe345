import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { baseUrl, openBrowser } from '../helpers/e2e'
import { apiFetch, createCase, logIn, snap } from '../helpers/portal'

const check = async (page: Page, path: string, name: string) => {
  await page.goto(`${baseUrl}${path}`)
  await snap(page, `a11y-${name}`)
  return { path, violations: await seriousViolations(page) }
}

/** Submits the form on screen with its first submit button and checks the page it shows. */
const checkAfterClick = async (page: Page, button: string, name: string) => {
  await page.getByRole('button', { name: button }).click()
  await page.locator('.error-summary, .alert').first().waitFor()
  await snap(page, `a11y-${name}`)
  return { path: `${page.url()} (${name})`, violations: await seriousViolations(page) }
}

describe.skipIf(!hasChrome)('portal accessibility, axe-core (production build)', () => {
  let context: BrowserContext
  let page: Page
  let caseId: number
  let newsSlug: string

  beforeAll(async () => {
    ;({ context, page } = await openBrowser())
    // A published news item, by a staff member through the REST contract.
    const staff = e2eAccount('staff')
    await page.goto(baseUrl)
    const login = await apiFetch(page, {
      method: 'POST',
      url: '/api/users/login',
      body: { email: staff.email, password: staff.password },
    })
    expect(login.status).toBe(200)
    newsSlug = `accessibility-check-${Date.now()}`
    const news = await apiFetch(page, {
      method: 'POST',
      url: '/api/program-news',
      body: {
        title: 'New trainings on expert declarations',
        slug: newsSlug,
        publishedAt: new Date().toISOString(),
        summary: 'Two webinars on working with country conditions experts.',
        _status: 'published',
      },
    })
    expect(news.status).toBe(201)
    await apiFetch(page, { method: 'POST', url: '/api/users/logout' })
    await context.clearCookies()
  })
  afterAll(async () => {
    await context?.close()
  })

  it('should find no serious or critical problems on the public pages', async () => {
    const results = [
      await check(page, '/', 'home'),
      await check(page, '/news', 'news'),
      await check(page, `/news/${newsSlug}`, 'news-article'),
      await check(page, '/instructions', 'instructions'),
      await check(page, '/policies', 'policies'),
      await check(page, '/login', 'login'),
      await check(page, '/login?error=invalid', 'login-error'),
      await check(page, '/register', 'register'),
      await checkAfterClick(page, 'Create account', 'register-errors'),
      await check(page, '/register/check-email', 'register-check-email'),
      await check(page, '/verify?token=not-a-token', 'verify'),
      await check(page, '/forgot-password', 'forgot-password'),
      await checkAfterClick(page, 'Send me a reset link', 'forgot-password-errors'),
      await check(page, '/forgot-password?sent=1', 'forgot-password-sent'),
      await check(page, '/reset-password?token=not-a-token', 'reset-password'),
      await check(page, '/feedback', 'feedback'),
      await checkAfterClick(page, 'Send feedback', 'feedback-errors'),
      await check(page, '/feedback?sent=1', 'feedback-sent'),
    ]
    expect(results.filter((r) => r.violations.length > 0)).toEqual([])
  })

  it('should find no serious or critical problems on an advocate’s pages', async () => {
    await logIn(page, e2eAccount('portalOwner'))
    ;({ id: caseId } = await createCase(page, { persecutionTypes: ['domestic-violence'] }))
    const results = [
      await check(page, '/account', 'account'),
      await check(page, '/account/settings', 'settings'),
      await check(page, '/cases/new', 'intake-step-1'),
      await checkAfterClick(page, 'Continue', 'intake-step-1-errors'),
      await check(page, `/cases/${caseId}`, 'case-overview'),
      await check(page, `/cases/${caseId}/confirmation`, 'case-confirmation'),
      await check(page, `/cases/${caseId}/edit`, 'case-edit-step-1'),
    ]
    // The other intake steps, reached the way a person reaches them.
    for (const [step, name] of [
      [2, 'intake-step-2'],
      [3, 'intake-step-3'],
      [4, 'intake-step-4'],
    ] as const) {
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.getByText(`Step ${step} of 4`).waitFor()
      await snap(page, `a11y-${name}`)
      results.push({ path: name, violations: await seriousViolations(page) })
    }
    results.push(
      await check(page, `/cases/${caseId}/share`, 'share'),
      await checkAfterClick(page, 'Share case', 'share-errors'),
      await check(page, `/cases/${caseId}/outcomes`, 'outcomes-empty'),
      await check(page, `/cases/${caseId}/outcomes/new`, 'outcome-form'),
      await checkAfterClick(page, 'Save outcome', 'outcome-form-errors'),
      await check(page, `/cases/${caseId}/assistance`, 'assistance'),
      await checkAfterClick(page, 'Send request', 'assistance-errors'),
      await check(page, '/submit-resource', 'submit-resource'),
      await checkAfterClick(page, 'Send to the TA program', 'submit-resource-errors'),
      await check(page, '/cases/999999999', 'case-not-found'),
    )
    expect(results.filter((r) => r.violations.length > 0)).toEqual([])
  })

  it('should find no serious or critical problems on a shared user’s and an expert’s pages', async () => {
    await logIn(page, e2eAccount('portalOwner'))
    const shared = await createCase(page)
    await apiFetch(page, {
      method: 'POST',
      url: `/api/cases/${shared.id}/share`,
      body: { email: e2eAccount('portalColleague').email, attestation: true },
    })
    await context.clearCookies()
    await logIn(page, e2eAccount('portalColleague'))
    const results = [
      await check(page, '/account', 'account-shared-user'),
      await check(page, `/cases/${shared.id}`, 'case-overview-shared-user'),
      await check(page, `/cases/${shared.id}/share`, 'share-shared-user'),
      await check(page, `/cases/${shared.id}/outcomes/new`, 'outcome-form-shared-user'),
    ]
    await context.clearCookies()
    await logIn(page, e2eAccount('portalExpert'))
    results.push(
      await check(page, '/account', 'account-expert'),
      await check(page, '/account/expert-profile', 'expert-profile'),
      await checkAfterClick(page, 'Save and submit for review', 'expert-profile-errors'),
      await check(page, '/account/expert-feedback', 'expert-feedback'),
      await check(page, '/experts', 'experts-for-an-expert'),
    )
    await context.clearCookies()
    await logIn(page, e2eAccount('portalColleague'))
    results.push(
      await check(page, '/experts', 'experts-directory'),
      await check(page, '/experts?q=no-such-expertise-anywhere', 'experts-directory-empty'),
    )
    expect(results.filter((r) => r.violations.length > 0)).toEqual([])
  })
})
