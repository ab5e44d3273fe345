import fs from 'node:fs/promises'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { Page } from 'playwright-core'

import type { e2eAccounts } from './e2e-accounts'
import { baseUrl, mailDir, screenshot } from './e2e'

type Account = { email: string; password: string; name: string }
export type AccountKey = (typeof e2eAccounts)[number]['key']

/** A full-page screenshot named `portal-<name>`, taken from the top of the page. */
export const snap = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0))
  await screenshot(page, `portal-${name}`)
}

/** Logs in on the portal's own form and waits until the session is there. */
export const logIn = async (page: Page, account: Pick<Account, 'email' | 'password'>) => {
  await page.goto(`${baseUrl}/login`)
  await page.getByLabel('Email address').fill(account.email)
  await page.getByLabel('Password', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await page.getByRole('button', { name: 'Log out' }).waitFor()
}

/** A JSON request from inside the page: same origin, the session cookie, like the app's own code. */
export const apiFetch = async (
  page: Page,
  { method = 'GET', url, body }: { method?: string; url: string; body?: unknown },
): Promise<{ status: number; json: Record<string, unknown> }> =>
  page.evaluate(
    async ({ method, url, body }) => {
      const res = await fetch(url, {
        method,
        credentials: 'include',
        headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await res.text()
      let json: Record<string, unknown> = {}
      try {
        json = text ? (JSON.parse(text) as Record<string, unknown>) : {}
      } catch {
        json = { text }
      }
      return { status: res.status, json }
    },
    { method, url, body },
  )

const idOfSlug = async (page: Page, collection: string, slug: string): Promise<number> => {
  const { json } = await apiFetch(page, {
    url: `/api/${collection}?where[slug][equals]=${slug}&limit=1&depth=0`,
  })
  const id = (json.docs as { id: number }[] | undefined)?.[0]?.id
  if (!id) throw new Error(`No ${collection} term ${slug}`)
  return id
}

/**
 * Registers a case for the signed-in advocate through the REST contract (POST /api/cases), for
 * journeys that start from an existing case.
 */
export const createCase = async (
  page: Page,
  {
    country = 'guatemala',
    persecutionTypes = ['domestic-violence'],
    reliefSought = ['asylum', 'withholding'],
    stage = 'immigration-court',
    facts,
  }: {
    country?: string
    persecutionTypes?: string[]
    reliefSought?: string[]
    stage?: string
    facts?: string
  } = {},
): Promise<{ id: number; caseNumber: string }> => {
  const data = {
    country: await idOfSlug(page, 'countries', country),
    persecutionTypes: await Promise.all(
      persecutionTypes.map((slug) => idOfSlug(page, 'persecution-types', slug)),
    ),
    reliefSought: await Promise.all(
      reliefSought.map((slug) => idOfSlug(page, 'relief-types', slug)),
    ),
    proceduralStage: await idOfSlug(page, 'procedural-stages', stage),
    facts,
  }
  const { status, json } = await apiFetch(page, { method: 'POST', url: '/api/cases', body: data })
  if (status !== 201) throw new Error(`Could not create a case: ${status} ${JSON.stringify(json)}`)
  const doc = json.doc as { id: number; caseNumber: string }
  return { id: doc.id, caseNumber: doc.caseNumber }
}

export type Email = { subject: string; html: string; text: string; receivedAt: number }

/**
 * The newest email to `to` whose subject matches, waiting for it (queued emails leave within a few
 * seconds). `after` skips messages that arrived before a moment, e.g. an earlier reset link.
 */
export const waitForMail = async ({
  to,
  subject,
  after = 0,
  timeoutMs = 30_000,
}: {
  to: string
  subject: RegExp
  after?: number
  timeoutMs?: number
}): Promise<Email> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const files = (await fs.readdir(mailDir).catch(() => [] as string[])).sort().reverse()
    for (const file of files) {
      const receivedAt = Number(file.split('-')[0])
      if (receivedAt < after) continue
      const parsed = await simpleParser(await fs.readFile(path.join(mailDir, file)))
      const recipients = Array.isArray(parsed.to)
        ? parsed.to.map((a) => a.text).join(',')
        : (parsed.to?.text ?? '')
      if (recipients.includes(to) && subject.test(parsed.subject ?? '')) {
        return {
          subject: parsed.subject ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          text: parsed.text ?? '',
          receivedAt,
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`No email to ${to} with subject ${subject} arrived within ${timeoutMs} ms`)
}

/** The first link in an email whose address contains `pathPart`. */
export const linkIn = (email: Email, pathPart: string): string => {
  const link = [...email.html.matchAll(/href="([^"]+)"/g)]
    .map((match) => match[1].replace(/&amp;/g, '&'))
    .find((href) => href.includes(pathPart))
  if (!link) throw new Error(`No ${pathPart} link in "${email.subject}"`)
  return link
}
