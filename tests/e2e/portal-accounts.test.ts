import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { baseUrl, openBrowser } from '../helpers/e2e'
import { createCase, linkIn, logIn, snap, waitForMail } from '../helpers/portal'

const daysFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

describe.skipIf(!hasChrome)('portal accounts and case intake (production build)', () => {
  let context: BrowserContext
  let page: Page

  beforeEach(async () => {
    ;({ context, page } = await openBrowser())
  })
  afterEach(async () => {
    await context.close()
  })

  it('should register, confirm the address from the email, log in, register a case and open its library', async () => {
    const email = `e2e-newcomer-${Date.now()}@test.example`
    const password = 'lantern cobalt ferry ninety'
    const organization = `Riverbend Immigrant Justice Center ${Date.now()}`

    await page.goto(baseUrl)
    await page.getByRole('main').getByRole('link', { name: 'Create an account' }).click()
    await page.waitForURL(`${baseUrl}/register`)
    await snap(page, 'register')
    await page.getByLabel('Your name').fill('Nora Newcomer')
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByLabel('Your role').selectOption({ label: 'Attorney' })
    await page.getByLabel('Organization').fill(organization)
    await page.getByRole('button', { name: 'Create account' }).click()
    // The terms of use are required.
    await page.getByRole('alert').getByText('Accept the terms of use').waitFor()
    await snap(page, 'register-errors')
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByLabel('I accept the terms of use').check()
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL(`${baseUrl}/register/check-email`)
    await snap(page, 'register-check-email')

    const message = await waitForMail({ to: email, subject: /Confirm your email address/ })
    expect(message.html).not.toContain(organization)
    await page.goto(linkIn(message, '/verify?token='))
    await page.getByRole('button', { name: 'Confirm my email address' }).click()
    await page.waitForURL(/\/login\?verified=1/)
    await snap(page, 'login-verified')
    await logIn(page, { email, password })

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My Account' })
      .click()
    await page.waitForURL(`${baseUrl}/account`)
    expect(await page.getByText('You have not registered a case yet.').isVisible()).toBe(true)
    expect(await page.getByText('No cases are shared with you.').isVisible()).toBe(true)
    await snap(page, 'account-empty')

    await page.getByRole('link', { name: 'Register your first case' }).click()
    await page.waitForURL(`${baseUrl}/cases/new`)
    expect(await page.getByText('Step 1 of 4: The claim').isVisible()).toBe(true)
    await snap(page, 'intake-step-1')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('Choose the applicant’s country of origin.').first().waitFor()
    expect(await page.getByLabel('Country of origin').getAttribute('aria-invalid')).toBe('true')
    await snap(page, 'intake-step-1-errors')

    await page.getByLabel('Country of origin').selectOption({ label: 'Guatemala' })
    await page.getByLabel('Domestic violence').check()
    await page.getByLabel('Gender-based violence').check()
    await page.getByLabel('Asylum', { exact: true }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('Step 2 of 4: Proceedings').waitFor()
    await page.getByLabel('Immigration court (defensive)').check()
    await page
      .getByLabel('Immigration court or asylum office')
      .selectOption({ label: 'San Francisco Immigration Court (CA)' })
    await page.getByLabel('Not detained').check()
    await page.getByLabel('Applicant’s language').fill('Spanish')
    await snap(page, 'intake-step-2')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('Step 3 of 4: Hearing and deadlines').waitFor()

    // Going back keeps every answer.
    await page.getByRole('button', { name: 'Back' }).click()
    await page.getByText('Step 2 of 4: Proceedings').waitFor()
    expect(await page.getByLabel('Immigration court (defensive)').isChecked()).toBe(true)
    expect(await page.getByLabel('Applicant’s language').inputValue()).toBe('Spanish')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('Step 3 of 4: Hearing and deadlines').waitFor()

    await page.getByLabel('Next hearing or interview date').fill(daysFromNow(60))
    await page.getByLabel('Deadline 1: what is due').fill('Evidence filing')
    await page.getByLabel('Deadline 1: date').fill(daysFromNow(20))
    await snap(page, 'intake-step-3')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('Step 4 of 4: Facts and review').waitFor()
    const review = page.getByRole('region', { name: 'Check your answers' })
    expect(await review.textContent()).toContain('Guatemala')
    expect(await review.textContent()).toContain('Domestic violence, Gender-based violence')
    expect(await review.textContent()).toContain('Evidence filing')
    await page
      .getByLabel('Facts of the claim')
      .fill('Abuse by a former partner; police did not respond to reports.')
    await snap(page, 'intake-step-4-review')
    await page.getByRole('button', { name: 'Register this case' }).click()

    await page.waitForURL(/\/cases\/\d+\/confirmation$/)
    const caseNumber = (await page.locator('.confirmation__number').textContent()) ?? ''
    expect(caseNumber).toMatch(/^TA-\d{4}-\d{6}$/)
    await snap(page, 'intake-confirmation')
    const caseId = page.url().match(/\/cases\/(\d+)\//)?.[1]

    await page.getByRole('link', { name: 'View TA Library for this Case' }).click()
    await page.waitForURL(`${baseUrl}/cases/${caseId}/library`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(caseNumber)
    await snap(page, 'case-library')

    await page.goto(`${baseUrl}/account`)
    const row = page.getByRole('row', { name: new RegExp(caseNumber) })
    expect(await row.getByRole('cell', { name: 'Guatemala' }).isVisible()).toBe(true)
    expect(
      await row.getByRole('link', { name: `Add an Outcome for case ${caseNumber}` }).isVisible(),
    ).toBe(true)
    await snap(page, 'account-with-case')
  })

  it('should warn about a likely duplicate intake and register it only when asked', async () => {
    await logIn(page, e2eAccount('portalOwner'))
    const intake = async () => {
      await page.goto(`${baseUrl}/cases/new`)
      await page.getByLabel('Country of origin').selectOption({ label: 'Honduras' })
      await page.getByLabel('Gang-based harm').check()
      await page.getByLabel('Withholding of removal').check()
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.getByLabel('Asylum office (affirmative)').check()
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.getByText('Step 3 of 4').waitFor()
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.getByText('Step 4 of 4').waitFor()
      await page.getByRole('button', { name: 'Register this case' }).click()
    }
    await intake()
    await page.waitForURL(/\/confirmation$/)
    const first = (await page.locator('.confirmation__number').textContent()) ?? ''

    await intake()
    const warning = page
      .getByRole('alert')
      .filter({ hasText: 'You may have registered this applicant already' })
    await warning.waitFor()
    expect(await warning.textContent()).toContain(first)
    await snap(page, 'intake-duplicate-warning')
    await page
      .getByRole('button', { name: 'This is a different applicant: register the case' })
      .click()
    await page.waitForURL(/\/confirmation$/)
    expect(await page.locator('.confirmation__number').textContent()).not.toBe(first)
  })

  it('should keep all 29,000 pasted characters of facts, count them and refuse them with the limit named', async () => {
    const facts = 'The applicant reported threats to the police, who did not respond. '.repeat(440)
    const pasted = facts.slice(0, 29_000)
    await logIn(page, e2eAccount('portalOwner'))
    await page.goto(`${baseUrl}/cases/new`)
    await page.getByLabel('Country of origin').selectOption({ label: 'Nicaragua' })
    await page.getByLabel('Domestic violence').check()
    await page.getByLabel('Asylum', { exact: true }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByLabel('Asylum office (affirmative)').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('Step 3 of 4').waitFor()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('Step 4 of 4').waitFor()

    // What a paste does: the text arrives as one insertion, which a maxlength attribute would cut.
    await page.getByLabel('Facts of the claim').focus()
    await page.keyboard.insertText(pasted)
    expect(await page.getByLabel('Facts of the claim').inputValue()).toHaveLength(29_000)
    const count = page.locator('#field-facts-count')
    expect(await count.textContent()).toContain('29,000 of 5,000 characters')
    expect(await count.getAttribute('class')).toContain('character-count--over')
    expect(await page.getByLabel('Facts of the claim').getAttribute('aria-describedby')).toContain(
      'field-facts-count',
    )
    await snap(page, 'intake-facts-over-limit')

    await page.getByRole('button', { name: 'Register this case' }).click()
    await page
      .locator('#field-facts-error')
      .getByText('Facts of the claim is 29,000 characters; the limit is 5,000.')
      .waitFor()
    expect(await page.getByRole('alert').first().textContent()).toContain(
      'Facts of the claim is 29,000 characters; the limit is 5,000. Shorten it and save again.',
    )
    expect(await page.getByLabel('Facts of the claim').inputValue()).toBe(pasted)
    expect(await page.locator('#field-facts-count').textContent()).toContain(
      '29,000 of 5,000 characters',
    )
    await snap(page, 'intake-facts-refused')

    await page.getByLabel('Facts of the claim').fill(pasted.slice(0, 4_000))
    expect(await page.locator('#field-facts-count').textContent()).toContain(
      '4,000 of 5,000 characters',
    )
    await page.getByRole('button', { name: 'Register this case' }).click()
    await page.waitForURL(/\/cases\/\d+\/confirmation$/)
  })

  it('should edit a case intake, keeping the answers not changed', async () => {
    await logIn(page, e2eAccount('portalOwner'))
    const { caseNumber } = await createCase(page, {
      country: 'el-salvador',
      persecutionTypes: ['gang-based-harm'],
      reliefSought: ['withholding'],
    })
    await page.goto(`${baseUrl}/account`)
    await page.getByRole('link', { name: `Edit for case ${caseNumber}` }).click()
    await page.waitForURL(/\/cases\/\d+\/edit$/)
    expect(await page.getByLabel('Gang-based harm').isChecked()).toBe(true)
    await page.getByLabel('Extortion').check()
    await snap(page, 'case-edit')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.waitForURL(/\/cases\/\d+\?saved=1$/)
    const answers = (await page.locator('.answers').textContent()) ?? ''
    expect(answers).toContain('Extortion, Gang-based harm')
    expect(answers).toContain('Withholding of removal')
    await snap(page, 'case-overview-saved')
  })

  it('should reset a forgotten password from the emailed link and end the old session', async () => {
    const account = e2eAccount('portalReset')
    const newPassword = 'harvest velvet compass seven'
    await logIn(page, account)
    await page.goto(`${baseUrl}/account`)

    const other = await openBrowser()
    try {
      const requestedAt = Date.now() - 1000
      await other.page.goto(`${baseUrl}/login`)
      await other.page.getByRole('link', { name: 'Forgot your password?' }).click()
      await other.page.waitForURL(`${baseUrl}/forgot-password`)
      await snap(other.page, 'forgot-password')
      await other.page.getByLabel('Email address').fill(account.email)
      await other.page.getByRole('button', { name: 'Send me a reset link' }).click()
      await other.page.waitForURL(`${baseUrl}/forgot-password?sent=1`)
      await snap(other.page, 'forgot-password-sent')

      const message = await waitForMail({
        to: account.email,
        subject: /Reset your TA Library password/,
        after: requestedAt,
      })
      await other.page.goto(linkIn(message, '/reset-password?token='))
      await other.page.getByLabel('New password', { exact: true }).fill('password1234')
      await other.page.getByLabel('Type the new password again').fill('password1234')
      await other.page.getByRole('button', { name: 'Change my password' }).click()
      const fieldError = other.page.locator('#field-password-error')
      await fieldError.waitFor()
      expect(await fieldError.textContent()).toContain('commonly used')
      const field = other.page.getByLabel('New password', { exact: true })
      expect(await field.getAttribute('aria-describedby')).toContain('field-password-error')
      await snap(other.page, 'reset-password-policy-error')
      await other.page.getByLabel('New password', { exact: true }).fill(newPassword)
      await other.page.getByLabel('Type the new password again').fill(newPassword)
      await other.page.getByRole('button', { name: 'Change my password' }).click()
      await other.page.waitForURL(`${baseUrl}/login?reset=1`)
      await snap(other.page, 'login-after-reset')
      await logIn(other.page, { email: account.email, password: newPassword })
      await other.page.goto(`${baseUrl}/account`)
      expect(await other.page.getByRole('heading', { name: 'My Account' }).isVisible()).toBe(true)
    } finally {
      await other.context.close()
    }

    // The session from before the reset is gone.
    await page.goto(`${baseUrl}/account`)
    await page.waitForURL(`${baseUrl}/login?next=%2Faccount`)
    await snap(page, 'old-session-ended')
  })

  it('should answer a reset request for an unknown address exactly like for a known one', async () => {
    await page.goto(`${baseUrl}/forgot-password`)
    await page.getByLabel('Email address').fill(`nobody-${Date.now()}@test.example`)
    await page.getByRole('button', { name: 'Send me a reset link' }).click()
    await page.waitForURL(`${baseUrl}/forgot-password?sent=1`)
    expect(await page.getByRole('status').textContent()).toContain(
      'If an account uses that address, we sent it a link',
    )
  })

  it('should save account details and change the password only with the current one', async () => {
    const account = e2eAccount('portalSettings')
    await logIn(page, account)
    await page.goto(`${baseUrl}/account/settings`)
    await page.getByLabel('Your name').fill('Samira Settings')
    await page.getByLabel('Your role').selectOption({ label: 'Paralegal' })
    await page.getByLabel('Program news newsletter').uncheck()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Your account details are saved.').waitFor()
    await snap(page, 'settings-saved')
    await page.reload()
    expect(await page.getByText('Signed in as Samira Settings').isVisible()).toBe(true)
    expect(await page.getByLabel('Your role').inputValue()).toBe('paralegal')
    expect(await page.getByLabel('Program news newsletter').isChecked()).toBe(false)

    await page.getByLabel('Current password').fill('not my password at all')
    await page.getByLabel('New password', { exact: true }).fill('saffron glacier tidy owl')
    await page.getByLabel('Type the new password again').fill('saffron glacier tidy owl')
    await page.getByRole('button', { name: 'Change password' }).click()
    await page.locator('#field-currentPassword-error').waitFor()
    expect(await page.locator('#field-currentPassword-error').textContent()).toContain(
      'Your current password is not correct.',
    )
    await snap(page, 'settings-wrong-current-password')

    await page.getByLabel('Current password').fill(account.password)
    await page.getByLabel('New password', { exact: true }).fill('saffron glacier tidy owl')
    await page.getByLabel('Type the new password again').fill('saffron glacier tidy owl')
    await page.getByRole('button', { name: 'Change password' }).click()
    await page.getByText('Your password has been changed.').waitFor()
    await snap(page, 'settings-password-changed')
    // This session stays.
    await page.goto(`${baseUrl}/account`)
    expect(await page.getByRole('heading', { name: 'My Account' }).isVisible()).toBe(true)
  })
})
