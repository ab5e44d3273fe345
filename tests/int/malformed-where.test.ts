import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startWithAccounts } from '../helpers/accounts'
import { rest } from '../helpers/payload'

const unique = `mw${Date.now().toString(36)}`
const password = 'malformed where passphrase'

/**
 * A `where` that names a path the collection does not have (or follows a relationship past its
 * end) is the client's mistake: it answers 400 with a plain message, never 500 (issue 12).
 */
const nowhere = [
  '/cases?where[nonexistent][equals]=1',
  '/outcomes?where[case.nonexistent][equals]=1',
  '/cases/count?where[nonexistent][equals]=1',
  '/cases?where[expertShortlist.nonexistent][equals]=1',
]
// Paths through a relationship to a field an attorney may not query (staff may).
const pastReach = [
  '/cases?where[expertShortlist.user.email][like]=x',
  '/outcomes?where[case.expertShortlist.user.email][like]=x',
]
const plainMessages = [
  'This filter or sort cannot be used: one of its paths names no field you may query.',
  expect.stringMatching(/^The following paths? cannot be queried: /),
]

describe('malformed where paths', () => {
  let payload: Payload
  const tokens: Record<string, string> = {}

  let removeCreatedRecords: () => Promise<void>

  beforeAll(async () => {
    const started = await startWithAccounts({
      unique,
      password,
      roles: { attorney: 'advocate', staff: 'staff' },
    })
    payload = started.payload
    removeCreatedRecords = started.removeCreatedRecords
    const { accounts } = started
    tokens.attorney = accounts.attorney.token
    tokens.staff = accounts.staff.token
  })

  afterAll(() => removeCreatedRecords())

  it.each([
    ...nowhere.flatMap((path) => [['attorney', path] as const, ['staff', path] as const]),
    ...pastReach.map((path) => ['attorney', path] as const),
  ])('should answer %s 400 with a plain message for GET %s', async (who, path) => {
    const { status, json } = await rest('GET', path, { token: tokens[who] })
    expect({ status, errors: json.errors }).toEqual({
      status: 400,
      errors: [expect.objectContaining({ message: expect.toBeOneOf(plainMessages) })],
    })
  })

  it.each(pastReach)('should answer staff the filtered list for GET %s', async (path) => {
    const { status, json } = await rest('GET', path, { token: tokens.staff })
    expect(status).toBe(200)
    // Other test files share the database: compare with the same filter on the Local API.
    const [, collection, field, value] = /^\/(\w+)\?where\[([\w.]+)\]\[like\]=(.*)$/.exec(path)!
    const expected = await payload.count({
      collection: collection as 'cases' | 'outcomes',
      where: { [field]: { like: value } },
      overrideAccess: true, // the reference count, not a request
    })
    expect(json.totalDocs).toBe(expected.totalDocs)
  })

  it('should still answer a well-formed filter', async () => {
    const { status, json } = await rest('GET', '/cases?where[language][equals]=fr', {
      token: tokens.attorney,
    })
    expect(status).toBe(200)
    expect(json.totalDocs).toBe(0)
  })
})
