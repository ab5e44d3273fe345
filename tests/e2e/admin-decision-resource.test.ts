import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { adminLogin, baseUrl, openBrowser, screenshot } from '../helpers/e2e'
import { makePdf } from '../helpers/files'
import { apiFetch, createCase, logIn } from '../helpers/portal'

type Browser = { context: BrowserContext; page: Page }

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)

/**
 * An attorney reports a decision with permission to share; staff open the outcome in the admin
 * panel, upload the redacted decision and get a draft "unpublished decision" resource linked to it
 * (src/components/admin/DecisionResourcePanel.tsx).
 */
describe.skipIf(!hasChrome)(
  'a reported decision becomes a library resource (production build)',
  () => {
    const owner = e2eAccount('portalOwner')
    const staff = e2eAccount('staff')
    let ownerBrowser: Browser
    let staffBrowser: Browser
    let outcomeId: number
    const folder = mkdtempSync(path.join(tmpdir(), 'ta-decision-resource-'))
    const original = path.join(folder, 'decision.pdf')
    const redacted = path.join(folder, 'decision-redacted.pdf')

    beforeAll(async () => {
      writeFileSync(original, makePdf('Decision of the asylum officer'))
      writeFileSync(redacted, makePdf('Redacted decision of the asylum officer'))
      ownerBrowser = await openBrowser()
      staffBrowser = await openBrowser()
      const { page } = ownerBrowser
      await logIn(page, owner)
      const theCase = await createCase(page, { facts: 'Confidential facts for the decision' })
      await page.goto(`${baseUrl}/cases/${theCase.id}/outcomes/new`)
      await page.getByLabel('Date of the decision').fill(yesterday())
      await page
        .getByRole('group', { name: 'Result for each form of relief' })
        .getByRole('group', { name: 'Asylum' })
        .getByLabel('Granted')
        .check()
      await page.getByLabel('Decision (PDF)').setInputFiles(original)
      await page.getByLabel('The decision contains individualized analysis').check()
      await page
        .getByLabel('My client gave permission to share this decision with the TA program')
        .check()
      await page.getByLabel(/The TA program may share redacted briefs and decisions/).check()
      await page.getByRole('button', { name: 'Save outcome' }).click()
      await page.waitForURL(`${baseUrl}/cases/${theCase.id}/outcomes?added=1`)
      const outcomes = await apiFetch(page, {
        method: 'GET',
        url: `/api/outcomes?where[case][equals]=${theCase.id}&depth=0`,
      })
      outcomeId = (outcomes.json as { docs: { id: number }[] }).docs[0]!.id
      await adminLogin(staffBrowser.page, staff.email, staff.password)
      await staffBrowser.page.waitForURL(/\/admin(\/)?$/)
    }, 120_000)

    afterAll(async () => {
      await ownerBrowser?.context.close()
      await staffBrowser?.context.close()
    })

    it('should let staff upload the redacted decision and open the draft resource', async () => {
      const { page } = staffBrowser
      await page.goto(`${baseUrl}/admin/collections/outcomes/${outcomeId}`)
      const panel = page.locator('.decision-resource-panel')
      await panel
        .getByRole('heading', { name: 'Make a library resource from this decision' })
        .waitFor()
      expect(await seriousViolations(page, ['.decision-resource-panel'])).toEqual([])

      // Without the confirmation the panel says what is missing, on the checkbox.
      await panel.getByLabel('Redacted decision (PDF or Word)').setInputFiles(redacted)
      await panel.getByLabel('Title').fill('Unpublished decision: asylum granted, family PSG')
      await panel.getByRole('button', { name: 'Make draft resource' }).click()
      await panel
        .getByText(/Confirm the file is redacted/)
        .first()
        .waitFor()

      await panel.getByLabel(/I removed every name, A-number/).check()
      await panel.getByRole('button', { name: 'Make draft resource' }).click()
      const link = panel.getByRole('link', { name: /open resource \d+/ })
      await link.waitFor()
      await screenshot(page, 'admin-decision-resource')
      await link.click()
      await page.waitForURL(/\/admin\/collections\/resources\/\d+/)
      await expect
        .poll(() => page.locator('#field-title').inputValue())
        .toBe('Unpublished decision: asylum granted, family PSG')
    })
  },
)
