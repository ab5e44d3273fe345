import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { baseUrl, openBrowser, screenshot } from '../helpers/e2e'
import { makePdf } from '../helpers/files'

const unique = Date.now().toString(36)
const decisionNumber = `TA-2023-${String(Date.now() % 1_000_000).padStart(6, '0')}`

// Response bodies are whatever the API sent; tests read them loosely and assert on the values.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type JsonBody = Record<string, any>

/** A REST call from the test process, as an operator's script would make it. */
const api = async (
  method: string,
  path: string,
  { token, body, form }: { token?: string; body?: unknown; form?: FormData } = {},
) => {
  const res = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const text = await res.text()
  return { status: res.status, json: (text ? JSON.parse(text) : {}) as JsonBody }
}

const tokenFor = async (account: { email: string; password: string }) => {
  const { status, json } = await api('POST', '/users/login', {
    body: { email: account.email, password: account.password },
  })
  if (status !== 200) throw new Error(`Login failed for ${account.email}: ${status}`)
  return json.token as string
}

const idOf = async (collection: string, slug: string): Promise<number> => {
  const { json } = await api('GET', `/${collection}?where[slug][equals]=${slug}&limit=1&depth=0`)
  const id = json.docs?.[0]?.id as number | undefined
  if (!id) throw new Error(`No ${collection} term ${slug}`)
  return id
}

const resultsHeading = (page: Page) => page.locator('#lib-results-heading')

describe.skipIf(!hasChrome)('the case library in a real browser (production build)', () => {
  let context: BrowserContext
  let page: Page
  let staffToken: string
  let caseId: number
  const titles = {
    conditions: `Guatemala: State Protection for Survivors of Violence ${unique}`,
    declaration: `Universal Declaration on Femicide in Guatemala ${unique}`,
    brief: `Sample Brief: Domestic Violence Social Group (Honduras) ${unique}`,
    decision: `Unpublished IJ Decision: Domestic Violence Grant ${unique}`,
    advisory: `Practice Advisory: Corroborating Past Harm ${unique}`,
    training: `Webinar: Working with Experts ${unique}`,
    otherCountry: `Honduras: Gangs and Extortion ${unique}`,
  }

  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, `library-${name}`)
  }

  const applyFilters = async () => {
    await page.getByRole('button', { name: 'Apply Filters' }).click()
    await page.waitForLoadState('load')
  }

  const openEvents = async (action: string) => {
    const { json } = await api(
      'GET',
      `/access-events?where[case][equals]=${caseId}&where[action][equals]=${action}&limit=0&depth=0`,
      { token: staffToken },
    )
    return json.totalDocs as number
  }

  beforeAll(async () => {
    if (!baseUrl) return
    // Library resources, by a staff member through the REST contract.
    staffToken = await tokenFor(e2eAccount('staff'))
    const [guatemala, honduras, dv, gbv, court, experts, corroboration] = await Promise.all([
      idOf('countries', 'guatemala'),
      idOf('countries', 'honduras'),
      idOf('persecution-types', 'domestic-violence'),
      idOf('persecution-types', 'gender-based-violence'),
      idOf('procedural-stages', 'immigration-court'),
      idOf('topics', 'working-with-experts'),
      idOf('topics', 'corroboration'),
    ])
    const type = async (slug: string) => idOf('document-types', slug)
    const form = new FormData()
    const pdf = makePdf('Guatemala state protection report')
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'report.pdf')
    form.append('_payload', JSON.stringify({ description: 'Country conditions report' }))
    const file = await api('POST', '/resource-files', { token: staffToken, form })
    expect(file.status).toBe(201)

    const resources = [
      {
        title: titles.conditions,
        documentType: await type('country-conditions'),
        countries: [guatemala],
        persecutionTypes: [dv, gbv],
        publishedAt: '2025-02-01T12:00:00.000Z',
        contentUpdatedAt: '2026-01-15T12:00:00.000Z',
        summary: 'Police and judicial protection for survivors of domestic violence in Guatemala.',
        file: file.json.doc.id,
      },
      {
        title: titles.declaration,
        documentType: await type('expert-declaration'),
        countries: [guatemala],
        persecutionTypes: [gbv],
        mayBeFiledAsEvidence: true,
        publishedAt: '2025-06-01T12:00:00.000Z',
        summary: 'A country conditions expert on femicide and impunity.',
      },
      {
        title: titles.brief,
        documentType: await type('sample-brief'),
        countries: [honduras],
        persecutionTypes: [dv],
        proceduralStages: [court],
        publishedAt: '2025-09-01T12:00:00.000Z',
        summary: 'Pre-hearing brief on a domestic-violence social group.',
      },
      {
        title: titles.decision,
        documentType: await type('unpublished-decision'),
        persecutionTypes: [dv],
        isRedacted: true,
        hasAttorneyPermission: true,
        sourceCaseNumber: decisionNumber,
        publishedAt: '2025-10-01T12:00:00.000Z',
        summary: 'Redacted grant recognizing a domestic-violence social group.',
      },
      {
        title: titles.advisory,
        documentType: await type('practice-advisory'),
        topics: [corroboration],
        publishedAt: '2024-05-01T12:00:00.000Z',
        summary: 'Corroborating past harm when records are scarce.',
      },
      {
        title: titles.training,
        documentType: await type('training'),
        topics: [experts],
        publishedAt: '2026-02-01T12:00:00.000Z',
        summary: 'Finding, preparing and working with expert witnesses.',
      },
      {
        title: titles.otherCountry,
        documentType: await type('country-conditions'),
        countries: [honduras],
        publishedAt: '2026-03-01T12:00:00.000Z',
        summary: 'Not for a Guatemalan case.',
      },
    ]
    for (const resource of resources) {
      const created = await api('POST', '/resources', {
        token: staffToken,
        body: { audience: 'advocates', _status: 'published', ...resource },
      })
      expect(created.status).toBe(201)
    }

    // The case, registered by its attorney through the REST contract.
    const advocateToken = await tokenFor(e2eAccount('libraryAdvocate'))
    const theCase = await api('POST', '/cases', {
      token: advocateToken,
      body: { country: guatemala, persecutionTypes: [dv, gbv] },
    })
    expect(theCase.status).toBe(201)
    caseId = theCase.json.doc.id

    ;({ context, page } = await openBrowser())
    const advocate = e2eAccount('libraryAdvocate')
    await page.goto(`${baseUrl}/login`)
    await page.getByLabel('Email address').fill(advocate.email)
    await page.getByLabel('Password', { exact: true }).fill(advocate.password)
    await page.getByRole('button', { name: 'Log in', exact: true }).click()
    await page.getByRole('button', { name: 'Log out' }).waitFor()
  })
  afterAll(async () => {
    await context?.close()
  })

  it('should show the case library with a count on every option', async () => {
    await page.goto(`${baseUrl}/cases/${caseId}/library`)
    expect(await resultsHeading(page).textContent()).toBe('6 results')
    expect(await page.getByText(titles.otherCountry).count()).toBe(0)
    expect(
      await page
        .getByText(
          'Results match all the filters you choose. Within Type of Document, any checked type matches.',
        )
        .isVisible(),
    ).toBe(true)
    const guatemala = page.getByRole('checkbox', { name: 'Guatemala (2 results)' })
    expect(await guatemala.isEnabled()).toBe(true)
    expect(
      await page.getByRole('checkbox', { name: 'Domestic violence (3 results)' }).isEnabled(),
    ).toBe(true)
    // An option that would leave nothing is there, and cannot be chosen.
    expect(await page.getByRole('checkbox', { name: 'Filing (no results)' }).isDisabled()).toBe(
      true,
    )
    await shot('1-all')
  })

  it('should narrow to country conditions and declarations when a country is checked', async () => {
    await page.getByRole('checkbox', { name: 'Guatemala (2 results)' }).check()
    await applyFilters()
    expect(page.url()).toContain('country=')
    expect(await resultsHeading(page).textContent()).toBe('2 results')
    expect(await page.locator('.lib-country-note').textContent()).toContain(
      'only country conditions and expert declarations are shown',
    )
    expect(await page.getByRole('link', { name: titles.conditions }).isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: titles.declaration }).isVisible()).toBe(true)
    expect(await page.getByRole('checkbox', { name: 'Guatemala (2 results)' }).isChecked()).toBe(
      true,
    )
    // The counts now say what each option would leave beside Guatemala.
    expect(
      await page.getByRole('checkbox', { name: 'Domestic violence (1 result)' }).isEnabled(),
    ).toBe(true)
    const documentTypes = page.getByRole('group', { name: 'Type of Document' })
    await documentTypes.getByText(/more options with no results/).click()
    expect(
      await documentTypes.getByRole('checkbox', { name: 'Sample brief (no results)' }).isDisabled(),
    ).toBe(true)
    await shot('2-country')
  })

  it('should require every checked tag, across groups', async () => {
    await page.getByRole('checkbox', { name: 'Domestic violence (1 result)' }).check()
    await applyFilters()
    expect(await resultsHeading(page).textContent()).toBe('1 result')
    expect(await page.getByRole('link', { name: titles.conditions }).isVisible()).toBe(true)
    expect(await page.getByText('May be filed as evidence').count()).toBe(0)
    await shot('3-country-and-persecution')
  })

  it('should explain which selections to drop when nothing is left', async () => {
    await page.getByLabel('From').fill('2026-06-01')
    await applyFilters()
    expect(await resultsHeading(page).textContent()).toBe('No results')
    const empty = page.locator('.lib-empty')
    expect(await empty.getByRole('heading').textContent()).toBe(
      'No resources match all of these selections',
    )
    expect(await empty.textContent()).toContain('Remove Guatemala (Country of Origin)')
    const dropDates = empty.getByRole('link', { name: /Remove the date range/ })
    expect(await dropDates.locator('xpath=..').textContent()).toContain('would show 1 result')
    await shot('4-empty')
    await dropDates.click()
    await page.waitForURL((url) => !url.search.includes('from='))
    expect(await resultsHeading(page).textContent()).toBe('1 result')
    // The form shows what is applied now, not what was typed before the link.
    expect(await page.getByLabel('From').inputValue()).toBe('')
    expect(
      await page.getByRole('checkbox', { name: 'Domestic violence (1 result)' }).isChecked(),
    ).toBe(true)
  })

  it('should find a decision by case number, and say only that another is not here', async () => {
    await page.getByRole('link', { name: 'Clear filters' }).click()
    await page.waitForURL(`${baseUrl}/cases/${caseId}/library`)
    expect(await page.getByRole('checkbox', { name: 'Guatemala (2 results)' }).isChecked()).toBe(
      false,
    )
    await page.getByLabel('Search this library').fill(decisionNumber)
    await applyFilters()
    expect(await resultsHeading(page).textContent()).toBe('1 result')
    expect(await page.getByRole('link', { name: titles.decision }).isVisible()).toBe(true)
    await shot('5-case-number-found')

    await page.getByLabel('Search this library').fill('TA-2023-999999')
    await applyFilters()
    expect(await resultsHeading(page).textContent()).toBe('No results')
    expect((await page.locator('.lib-empty').textContent())?.trim()).toContain(
      'That decision is not available in this library.',
    )
    expect(await page.locator('.lib-empty').textContent()).not.toMatch(/redact|permission/i)
    await shot('6-case-number-not-here')
  })

  it('should search keywords and offer relevance order', async () => {
    await page.getByLabel('Search this library').fill('femicide')
    await applyFilters()
    expect(await resultsHeading(page).textContent()).toBe('1 result')
    expect(await page.getByRole('link', { name: titles.declaration }).isVisible()).toBe(true)
    expect(await page.getByLabel('Sort by').inputValue()).toBe('relevance')
    expect(await page.getByText('May be filed as evidence').isVisible()).toBe(true)
    await shot('7-keyword')
  })

  it('should open a resource, log the view, and download its file through the logged route', async () => {
    await page.goto(`${baseUrl}/cases/${caseId}/library`)
    // Listing the library opens nothing: links are not prefetched into the audit log.
    expect(await openEvents('open-resource')).toBe(0)
    await page.getByRole('link', { name: titles.conditions }).click()
    await page.getByRole('heading', { level: 1, name: titles.conditions }).waitFor()
    expect(await page.getByText('Background guidance, not evidence').isVisible()).toBe(true)
    expect(await page.getByText(decisionNumber).count()).toBe(0)
    expect(await openEvents('open-resource')).toBe(1)
    await shot('8-resource')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download the PDF/ }).click(),
    ])
    expect(download.suggestedFilename()).toBe('report.pdf')
    expect(await openEvents('download')).toBe(1)
  })

  it('should find no serious accessibility problems on the library and a resource', async () => {
    const problems: string[] = []
    await page.goto(`${baseUrl}/cases/${caseId}/library`)
    const resourcePath = await page
      .getByRole('link', { name: titles.declaration })
      .getAttribute('href')
    for (const path of [
      resourcePath!,
      `/cases/${caseId}/library`,
      `/cases/${caseId}/library?q=TA-2023-999999`,
      `/cases/${caseId}/library?country=${await idOf('countries', 'guatemala')}&from=2030-01-01`,
    ]) {
      await page.goto(`${baseUrl}${path}`)
      problems.push(...(await seriousViolations(page)).map((problem) => `${path} ${problem}`))
    }
    expect(problems).toEqual([])
  })

  it('should fold the filters behind one button on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${baseUrl}/cases/${caseId}/library`)
    expect(await page.getByRole('checkbox', { name: 'Guatemala (2 results)' }).isVisible()).toBe(
      false,
    )
    await shot('9-phone')
    await page.getByText('Filters', { exact: true }).click()
    await page.getByRole('checkbox', { name: 'Guatemala (2 results)' }).check()
    await applyFilters()
    expect(await resultsHeading(page).textContent()).toBe('2 results')
    expect(await page.getByText('Filters (1 applied)').isVisible()).toBe(true)
    await shot('10-phone-filtered')
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('should not open the case library to an expert', async () => {
    const other = await openBrowser()
    try {
      const expert = e2eAccount('libraryExpert')
      await other.page.goto(`${baseUrl}/login`)
      await other.page.getByLabel('Email address').fill(expert.email)
      await other.page.getByLabel('Password', { exact: true }).fill(expert.password)
      await other.page.getByRole('button', { name: 'Log in', exact: true }).click()
      await other.page.getByRole('button', { name: 'Log out' }).waitFor()
      const res = await other.page.goto(`${baseUrl}/cases/${caseId}/library`)
      expect(res?.status()).toBe(404)
      expect(await other.page.getByText(titles.conditions).count()).toBe(0)
    } finally {
      await other.context.close()
    }
  })
})
