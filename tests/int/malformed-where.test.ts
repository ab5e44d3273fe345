import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeAccounts } from '../helpers/accounts'
import { getTestPayload, graphql, rest } from '../helpers/payload'

const unique = `mw${Date.now().toString(36)}`
const password = 'malformed where passphrase'

/**
 * A `where` that names a path the collection does not have (or follows a relationship past its
 * end) is the client's mistake: it answers 400 with a plain message, never 500 (issue 12).
 */
const malformed = [
  '/cases?where[expertShortlist.user.email][like]=x',
  '/outcomes?where[case.expertShortlist.user.email][like]=x',
  '/cases?where[nonexistent][equals]=1',
  '/outcomes?where[case.nonexistent][equals]=1',
  '/cases/count?where[nonexistent][equals]=1',
]

describe('malformed where paths', () => {
  let payload: Payload
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    payload = await getTestPayload()
    const org = await payload.create({
      collection: 'organizations',
      overrideAccess: true,
      data: { name: `Org ${unique}`, kind: 'nonprofit' },
    })
    const accounts = await makeAccounts({
      payload,
      unique,
      password,
      organization: org.id,
      roles: { attorney: 'advocate', staff: 'staff' },
    })
    tokens.attorney = accounts.attorney.token
    tokens.staff = accounts.staff.token
  })

  it.each(malformed.flatMap((path) => [['attorney', path] as const, ['staff', path] as const]))(
    'should answer %s 400 with a plain message for GET %s',
    async (who, path) => {
      const { status, json } = await rest('GET', path, { token: tokens[who] })
      expect(status).toBe(400)
      expect(json.errors?.[0]?.message).toMatch(/^The filter /)
    },
  )

  it('should answer a GraphQL filter on a missing path with an error, not a server failure', async () => {
    const { status, json } = await graphql('{ Cases(where: { nonexistent: { equals: 1 } }) { totalDocs } }', {
      token: tokens.staff,
    })
    expect(status).toBe(400)
    expect(json.data).toBeUndefined()
  })

  it('should still answer a well-formed filter', async () => {
    const { status, json } = await rest('GET', '/cases?where[language][equals]=fr', {
      token: tokens.attorney,
    })
    expect(status).toBe(200)
    expect(json.totalDocs).toBe(0)
  })
})
