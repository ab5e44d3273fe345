import type { Payload } from 'payload'

import type { Role } from '@/lib/roles'
import type { User } from '@/payload-types'

import { trackCreatedRecords } from './cleanup'
import { getTestPayload, loginToken } from './payload'

export type TestAccount = { user: User; token: string; email: string }

/**
 * Verified accounts made as trusted code, each logged in for a JWT: the people of an integration
 * test, keyed by name (`{ owner: 'advocate', staff: 'staff' }`). Advocates get the organization
 * their role requires.
 */
export const makeAccounts = async <K extends string>({
  payload,
  unique,
  password,
  organization,
  roles,
}: {
  payload: Payload
  /** Keeps addresses unique per run: `<key>-<unique>@test.example`. */
  unique: string
  password: string
  organization: number
  roles: Record<K, Role>
}): Promise<Record<K, TestAccount>> => {
  const accounts = {} as Record<K, TestAccount>
  for (const [key, role] of Object.entries(roles) as [K, Role][]) {
    const email = `${key}-${unique}@test.example`
    const created = await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: {
        email,
        password,
        name: key,
        role,
        _verified: true,
        organization: role === 'advocate' ? organization : undefined,
      },
    })
    accounts[key] = {
      user: { ...created, collection: 'users' } as User,
      token: await loginToken(email, password),
      email,
    }
  }
  return accounts
}

/**
 * The usual people around one case: its owner, an advocate it is shared with, an advocate outside
 * it, an expert and staff.
 */
export const caseTeamRoles = {
  owner: 'advocate',
  shared: 'advocate',
  other: 'advocate',
  expert: 'expert',
  staff: 'staff',
} as const satisfies Record<string, Role>

/** A nonprofit organization, made as trusted code. */
export const makeOrganization = (payload: Payload, name: string) =>
  payload.create({
    collection: 'organizations',
    // Trusted fixture set-up: the test makes its own organization.
    overrideAccess: true,
    data: { name, kind: 'nonprofit' },
  })

/** The test Payload and the clean-up that deletes every record created from here on (for afterAll). */
export const startTracked = async () => {
  const payload = await getTestPayload()
  return { payload, removeCreatedRecords: await trackCreatedRecords(payload) }
}

/**
 * A nonprofit (named `Org <unique>` unless told otherwise) and, in it, the accounts `makeAccounts`
 * makes for `roles`: the set-up most integration tests start with.
 */
export const makeOrganizationAccounts = async <K extends string>({
  payload,
  unique,
  password,
  roles,
  organizationName = `Org ${unique}`,
}: {
  payload: Payload
  unique: string
  password: string
  roles: Record<K, Role>
  organizationName?: string
}) => {
  const organization = await makeOrganization(payload, organizationName)
  const accounts = await makeAccounts({
    payload,
    unique,
    password,
    organization: organization.id,
    roles,
  })
  return { organization, accounts }
}

/**
 * The start of an integration test that cleans up after itself: the test Payload, the clean-up
 * that deletes every record created from here on (for afterAll), then `makeOrganizationAccounts`.
 */
export const startWithAccounts = async <K extends string>(options: {
  unique: string
  password: string
  roles: Record<K, Role>
}) => {
  const { payload, removeCreatedRecords } = await startTracked()
  const made = await makeOrganizationAccounts({ payload, ...options })
  return { payload, removeCreatedRecords, ...made }
}

/** Each account's JWT, by the same keys. */
export const tokensOf = <K extends string>(accounts: Record<K, TestAccount>) =>
  Object.fromEntries(
    Object.entries<TestAccount>(accounts).map(([key, account]) => [key, account.token]),
  ) as Record<K, string>

/** Each account's user id, by the same keys. */
export const userIdsOf = <K extends string>(accounts: Record<K, TestAccount>) =>
  Object.fromEntries(
    Object.entries<TestAccount>(accounts).map(([key, account]) => [key, account.user.id]),
  ) as Record<K, number>
