import { chmodSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/lib/db/embedded'
import { freePort } from '../helpers/database'
import type * as PayloadHelpers from '../helpers/payload'

type Helpers = typeof PayloadHelpers

/**
 * While the database is unreachable every API route answers 503 with Retry-After and a plain
 * message, for signed-in and anonymous callers alike: never 401/403, which would read as "you have
 * no access" (issue 12, defect 5). When the database is back, the same app answers again.
 *
 * This file runs on a Postgres cluster of its own (the run's shared one must not stop), so the
 * Payload config is imported only after DATABASE_URL points at it.
 */
const unique = `out${Date.now().toString(36)}`
const password = 'outage test passphrase'
const databaseName = 'outage'

let dataDir: string
let port: number
let db: EmbeddedDatabase
let helpers: Helpers
let payload: Payload
let token: string
let caseId: number

const start = () => startEmbeddedPostgres({ dataDir, port, databaseName })

beforeAll(async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'ta-outage-'))
  chmodSync(parent, 0o755)
  dataDir = path.join(parent, 'cluster')
  port = await freePort()
  db = await start()
  process.env.DATABASE_URL = db.url
  helpers = await import('../helpers/payload')
  const { makeOrganizationAccounts } = await import('../helpers/accounts')
  payload = await helpers.getTestPayload()
  const { accounts } = await makeOrganizationAccounts({
    payload,
    unique,
    password,
    roles: { attorney: 'advocate' },
  })
  token = accounts.attorney.token
  const { docs: countries } = await payload.find({
    collection: 'countries',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const stored = await payload.create({
    collection: 'cases',
    overrideAccess: true,
    data: { owner: accounts.attorney.user.id, country: countries[0]!.id },
  })
  caseId = stored.id
})

afterAll(async () => {
  await payload?.destroy().catch(() => {})
  await db?.stop()
})

type Call = {
  name: string
  call: () => Promise<{ status: number; headers?: Headers; text: string }>
}

const calls = (): Call[] => [
  { name: 'signed-in REST list', call: () => helpers.rest('GET', '/cases', { token }) },
  { name: 'signed-in REST /users/me', call: () => helpers.rest('GET', '/users/me', { token }) },
  { name: 'anonymous REST list', call: () => helpers.rest('GET', '/countries') },
  { name: 'anonymous REST of a closed collection', call: () => helpers.rest('GET', '/cases') },
  {
    name: 'signed-in GraphQL',
    call: () => helpers.graphql('{ Cases { totalDocs } }', { token }),
  },
  { name: 'anonymous GraphQL', call: () => helpers.graphql('{ Countries { totalDocs } }') },
]
const names = calls().map(({ name }) => name)

describe('while Postgres is down', () => {
  beforeAll(async () => {
    await db.stop()
  })

  it.each(names)('should answer a %s with 503 and Retry-After', async (name) => {
    const { status, headers, text } = await calls()
      .find((c) => c.name === name)!
      .call()
    expect(status).toBe(503)
    expect(headers?.get('retry-after')).toBe('15')
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message:
            'The service is temporarily unavailable. Nothing you saved was lost. Try again in a minute.',
        },
      ],
    })
  })
})

describe('after Postgres is back', () => {
  beforeAll(async () => {
    db = await start()
  })

  it('should answer the signed-in REST list with the stored case, without restarting the app', async () => {
    const { status, json } = await helpers.rest('GET', '/cases', { token })
    expect(status).toBe(200)
    expect(json.docs.map((doc: { id: number }) => doc.id)).toEqual([caseId])
  })

  it('should answer signed-in GraphQL again', async () => {
    const { status, json } = await helpers.graphql('{ Cases { totalDocs } }', { token })
    expect(status).toBe(200)
    expect(json.data.Cases.totalDocs).toBe(1)
  })

  it('should answer the anonymous REST list again', async () => {
    const { status } = await helpers.rest('GET', '/countries')
    expect(status).toBe(200)
  })
})
