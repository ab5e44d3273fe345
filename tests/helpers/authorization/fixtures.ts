import type { Payload } from 'payload'

import type { RecordBlueprint } from './blueprints'
import type { CanaryRegistry } from './canaries'
import type { VocabularySlug } from './collections/vocabularies'
import type { PolicyRole, PolicySlug } from './policy'

/**
 * What the authorization tests run against: an account for every role and records in every
 * collection. Each collection's records are created by its builder in collections/<slug>.ts;
 * collections/index.ts runs them in order (buildFixtures).
 */

export const password = 'a long enough passphrase for the matrix'

/** A user as the Local API takes it (`user`), with the collection Payload's rules look at. */
export type LocalUser = { id: number; email: string; role: string; collection: 'users' } & Record<
  string,
  unknown
>

export type Actor = { role: PolicyRole; user: LocalUser | null; token: string | undefined }

export type FixtureRecord = RecordBlueprint & {
  slug: PolicySlug
  id: number
  /** Preferences are addressed by key on their REST routes. */
  restKey?: string
  /** Upload collections: the stored file name and the canary inside the file. */
  filename?: string
  fileCanary?: string
  /** A throwaway record made for one delete test. */
  isDisposable?: boolean
}

export type Fixtures = {
  payload: Payload
  run: string
  actors: Record<PolicyRole, Actor>
  /**
   * Expert accounts that are not matrix roles: the owners of the approved profiles, a spare account
   * that owns nothing (forged references point at it), and a stand-in that holds the matrix expert's
   * profile while a test creates a new one (one profile per account).
   */
  approvedExpert: LocalUser
  pendingExpert: LocalUser
  spareExpert: LocalUser
  standInExpert: LocalUser
  organizationId: number
  terms: Record<VocabularySlug, number>
  records: Record<PolicySlug, FixtureRecord[]>
  canaries: CanaryRegistry
  /** A fresh marker for each write, safe in slugs, emails and text fields. */
  nextMarker: () => string
  /** Two-letter codes no stored country uses, for countries created by the tests. */
  nextCountryCode: () => string
  /** A term that edit locks point at. */
  lockTargetId: number
}

export const recordOf = (fx: Fixtures, slug: PolicySlug, key: string): FixtureRecord => {
  const found = fx.records[slug].find((record) => record.key === key)
  if (!found) throw new Error(`No fixture ${slug}/${key}`)
  return found
}

export const idOf = (fx: Fixtures, slug: PolicySlug, key: string) => recordOf(fx, slug, key).id

export const actorUser = (fx: Fixtures, role: PolicyRole): LocalUser => {
  const user = fx.actors[role].user
  if (!user) throw new Error(`${role} has no account`)
  return user
}
