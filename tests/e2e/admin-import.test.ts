import { randomInt } from 'node:crypto'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { adminLogin, baseUrl, openBrowser, screenshot } from '../helpers/e2e'
import { logIn } from '../helpers/portal'

type Browser = { context: BrowserContext; page: Page }

const header = 'Case number,Owner email,Country,Persecution types,Relief,Stage,Next hearing'

/** Posts a file to the import endpoint from inside the page, as the view does. */
const postFile = (page: Page, csv: string) =>
  page.evaluate(async (content) => {
    const body = new FormData()
    body.set('file', new File([content], 'legacy.csv', { type: 'text/csv' }))
    body.set('mode', 'import')
    const res = await fetch('/api/cases/import-legacy', {
      method: 'POST',
      credentials: 'include',
      body,
    })
    return res.status
  }, csv)

/**
 * Staff import legacy cases in the admin panel (/admin/import-cases): a file with an error row is
 * checked and its problem listed, nothing written; the clean file is imported; the owner finds
 * the case, with its number, on My Account at once. Advocates are refused.
 */
describe.skipIf(!hasChrome)('legacy case import in the admin panel (production build)', () => {
  const owner = e2eAccount('importOwner')
  const staff = e2eAccount('staff')
  const caseNumber = `TA-2018-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
  const goodLine = `${caseNumber},${owner.email},Guatemala,Domestic violence,Asylum,Immigration court (defensive),2027-05-04`
  const withError = [header, goodLine, `TA-2018-999999,${owner.email},Atlantis,,Asylum,,`].join(
    '\n',
  )
  const clean = [header, goodLine].join('\n')
  let staffBrowser: Browser
  let ownerBrowser: Browser

  const chooseFile = (page: Page, content: string) =>
    page.getByLabel('Legacy cases file (.csv or .xlsx)').setInputFiles({
      name: 'legacy-cases.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(content),
    })

  beforeAll(async () => {
    staffBrowser = await openBrowser()
    ownerBrowser = await openBrowser()
    await adminLogin(staffBrowser.page, staff.email, staff.password)
    await staffBrowser.page.waitForURL(/\/admin(\/)?$/)
    await logIn(ownerBrowser.page, owner)
  }, 120_000)

  afterAll(async () => {
    await staffBrowser?.context.close()
    await ownerBrowser?.context.close()
  })

  it('should refuse an advocate who posts a file to the import', async () => {
    expect(await postFile(ownerBrowser.page, clean)).toBe(403)
    await ownerBrowser.page.goto(`${baseUrl}/account`)
    const mine = ownerBrowser.page.getByRole('region', { name: 'My Cases' })
    expect(await mine.getByText(caseNumber).count()).toBe(0)
  })

  it('should list the problem of the error row and write nothing', async () => {
    const { page } = staffBrowser
    await page.goto(`${baseUrl}/admin/collections/cases`)
    await page.getByRole('link', { name: 'Import legacy cases (CSV or XLSX)' }).click()
    await page.getByRole('heading', { name: 'Import legacy cases' }).waitFor()
    await chooseFile(page, withError)
    await page.getByRole('button', { name: 'Check file' }).click()
    await page.getByText('1 row has problems. Nothing was written.', { exact: false }).waitFor()
    const table = page.getByRole('table', { name: 'Rows with problems' })
    await table.getByText('Country “Atlantis” is not in the Countries list.').waitFor()
    expect(await table.getByText('TA-2018-999999').count()).toBe(1)
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0)
    await screenshot(page, 'admin-import-problems')
    expect(await seriousViolations(page, ['.import-cases'])).toEqual([])
  })

  it('should import the clean file and show the case on the owner’s My Account at once', async () => {
    const { page } = staffBrowser
    await chooseFile(page, clean)
    await page.getByRole('button', { name: 'Check file' }).click()
    await page.getByText('The file is ready: 1 case to import', { exact: false }).waitFor()
    await page.getByRole('button', { name: 'Import 1 case' }).click()
    await page.getByText('Imported 1 case.', { exact: false }).waitFor()
    await screenshot(page, 'admin-import-done')
    expect(await seriousViolations(page, ['.import-cases'])).toEqual([])

    await ownerBrowser.page.goto(`${baseUrl}/account`)
    const mine = ownerBrowser.page.getByRole('region', { name: 'My Cases' })
    await mine.getByText(caseNumber).first().waitFor()
    await screenshot(ownerBrowser.page, 'admin-import-owner-account')
  })

  it('should report the same file as already imported, unchanged', async () => {
    const { page } = staffBrowser
    await page.getByRole('button', { name: 'Check file' }).click()
    await page
      .getByText('Nothing to import: every case in the file is already imported, unchanged.')
      .waitFor()
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0)
  })
})
