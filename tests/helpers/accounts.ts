import type { Payload } from 'payload'

import type { Role } from '@/lib/roles'
import type { User } from '@/payload-types'

import { loginToken } from './payload'

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
