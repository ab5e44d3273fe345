import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { baseUrl, openBrowser, screenshot } from '../helpers/e2e'
import { makePdf } from '../helpers/files'

const unique = Date.now().toString(36)
const title = `Guide for Experts: Preparing to Testify ${unique}`

const api = async (method: string, path: string, token?: string, body?: unknown) => {
  const res = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

const logIn = async (page: Page, account: { email: string; password: string }) => {
  await page.goto(`${baseUrl}/login`)
  await page.getByLabel('Email address').fill(account.email)
  await page.getByLabel('Password', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await page.getByRole('button', { name: 'Log out' }).waitFor()
}

describe.skipIf(!hasChrome)('the Expert Witness Resource Library (production build)', () => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    if (!baseUrl) return
    const staff = e2eAccount('staff')
    const login = await api('POST', '/users/login', undefined, {
      email: staff.email,
      password: staff.password,
    })
    const token = login.json.token as string
    const lookup = async (collection: string, slug: string) =>
      (
        (await api('GET', `/${collection}?where[slug][equals]=${slug}&limit=1&depth=0`)).json
          .docs as { id: number }[]
      )[0]!.id
    const form = new FormData()
    const pdf = makePdf('Preparing to testify')
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'testify.pdf')
    form.append('_payload', JSON.stringify({}))
    const upload = await fetch(`${baseUrl}/api/resource-files`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(upload.status).toBe(201)
    const file = ((await upload.json()) as { doc: { id: number } }).doc.id
    const created = await api('POST', '/resources', token, {
      file,
      title,
      summary: 'What to expect on the stand, and how to work with the legal team beforehand.',
      documentType: await lookup('document-types', 'practice-advisory'),
      topics: [await lookup('topics', 'testifying-in-immigration-court')],
      audience: 'experts',
      publishedAt: '2026-01-10T12:00:00.000Z',
      _status: 'published',
    })
    expect(created.status).toBe(201)
  })
  beforeEach(async () => {
    ;({ context, page } = await openBrowser())
  })
  afterEach(async () => {
    await context.close()
  })

  it('should give an expert the library and its resources', async () => {
    await logIn(page, e2eAccount('libraryExpert'))
    await page.goto(`${baseUrl}/expert-library`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Expert Witness Resource Library',
    )
    expect(await page.getByRole('link', { name: title }).isVisible()).toBe(true)
    await screenshot(page, 'library-expert-1-list')
    await page.getByRole('link', { name: title }).click()
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    await screenshot(page, 'library-expert-2-resource')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download the PDF/ }).click(),
    ])
    expect(download.suggestedFilename()).toBe('testify.pdf')
  })

  it('should point an advocate to the Working with Experts topic of their cases instead', async () => {
    const advocate = e2eAccount('libraryAdvocate')
    await logIn(page, advocate)
    await page.goto(`${baseUrl}/expert-library`)
    expect(await page.getByText(title).count()).toBe(0)
    expect(await page.getByText('Other Topics → Working with Experts').isVisible()).toBe(true)
    await screenshot(page, 'library-expert-3-advocate')
  })

  it('should send a guest to log in', async () => {
    await page.goto(`${baseUrl}/expert-library`)
    await page.waitForURL(`${baseUrl}/login`)
    expect(await page.getByText(title).count()).toBe(0)
  })
})
