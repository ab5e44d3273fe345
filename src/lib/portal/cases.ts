import 'server-only'

import type { Payload, Where } from 'payload'

import { idOf } from '@/lib/ids'
import { isStaffUser } from '@/lib/roles'
import type { Case, User } from '@/payload-types'

import type { DuplicateCase } from './intake'

const caseSelect = {
  caseNumber: true,
  status: true,
  owner: true,
  country: true,
  persecutionTypes: true,
  protectedGrounds: true,
  reliefSought: true,
  proceduralStage: true,
  court: true,
  adjudicator: true,
  nextHearingDate: true,
  deadlines: true,
  detention: true,
  language: true,
  facts: true,
  shares: true,
  expertShortlist: true,
  legacyImport: true,
  createdAt: true,
  updatedAt: true,
} as const

/** Names (only) of the vocabulary terms a case page shows. */
const namesOnly = {
  countries: { name: true, region: true },
  'persecution-types': { name: true },
  'relief-types': { name: true },
  'procedural-stages': { name: true },
  courts: { name: true },
  adjudicators: { name: true },
  experts: { displayName: true },
  // Only what users' own read access allows is populated (their own account; staff: anyone).
  users: { name: true },
} as const

export const nameOf = (value: unknown): string =>
  value && typeof value === 'object' && 'name' in value
    ? String((value as { name: string }).name)
    : ''

/** What a case page reads of the case (findCaseAs options): its fields, terms named. */
export const casePageView = { depth: 1, select: caseSelect, populate: namesOnly } as const

export type CaseRole = 'owner' | 'shared' | 'staff'

export const caseRoleOf = (theCase: Case, user: User): CaseRole =>
  idOf(theCase.owner) === user.id ? 'owner' : isStaffUser(user) ? 'staff' : 'shared'

const listSelect = {
  caseNumber: true,
  country: true,
  persecutionTypes: true,
  nextHearingDate: true,
  deadlines: true,
  legacyImport: true,
  owner: true,
  createdAt: true,
} as const

type ListArgs = { payload: Payload; user: User; page: number }

/** A page of 50 of the cases the viewer may read that match `where`, newest first. */
const listCases = <S extends typeof listSelect>(
  { payload, user, page }: ListArgs,
  where: Where,
  select: S,
) =>
  payload.find({
    collection: 'cases',
    user,
    overrideAccess: false,
    where,
    depth: 1,
    limit: 50,
    page,
    sort: '-createdAt',
    select,
    populate: namesOnly,
  })

/** The viewer's own cases (My Cases), newest first. */
export const listOwnCases = (args: ListArgs) =>
  listCases(args, { owner: { equals: args.user.id } }, listSelect)

/** Cases other advocates shared with the viewer (Cases Shared With Me). */
export const listSharedCases = (args: ListArgs) =>
  listCases(args, { 'shares.user': { equals: args.user.id } }, { ...listSelect, shares: true })

/** How many outcomes each of these cases has (for "Add an Outcome" / "Add Another Outcome"). */
export const countOutcomes = async ({
  payload,
  user,
  caseIds,
}: {
  payload: Payload
  user: User
  caseIds: number[]
}): Promise<Map<number, number>> => {
  const counts = new Map<number, number>()
  if (caseIds.length === 0) return counts
  for (let page = 1; page <= 50; page += 1) {
    const result = await payload.find({
      collection: 'outcomes',
      user,
      overrideAccess: false,
      where: { case: { in: caseIds } },
      depth: 0,
      limit: 100,
      page,
      select: { case: true },
    })
    for (const outcome of result.docs) {
      const caseId = idOf(outcome.case)
      if (caseId !== null) counts.set(caseId, (counts.get(caseId) ?? 0) + 1)
    }
    if (!result.hasNextPage) break
  }
  return counts
}

export type Person = { id: number; name: string; email: string }

/**
 * The owner and shared users of a case the viewer may already see, by name and email, so everyone
 * on a case sees who has access (SPEC §5). Accounts are private to their holder (users read
 * access is self-or-staff), so this one read is trusted: it is limited to the ids stored on a case
 * the caller loaded as the viewer, and returns only name and email.
 */
export const peopleOnCase = ({ payload, theCase }: { payload: Payload; theCase: Case }) =>
  findPeople({
    payload,
    ids: [idOf(theCase.owner), ...(theCase.shares ?? []).map((s) => idOf(s.user))],
  })

/**
 * Names and addresses of people on cases the viewer can already see (owner, shared users, who
 * shared): read as trusted code because advocates cannot read other accounts, and never more than
 * name and email.
 */
export const findPeople = async ({
  payload,
  ids,
}: {
  payload: Payload
  ids: (number | null)[]
}): Promise<Map<number, Person>> => {
  const unique = [...new Set(ids.filter((id): id is number => id !== null))]
  if (unique.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: unique } },
    depth: 0,
    limit: unique.length,
    select: { name: true, email: true },
    overrideAccess: true, // see above
  })
  return new Map(docs.map((u) => [u.id, { id: u.id, name: u.name, email: u.email }]))
}

/** Who shared each of these cases with the viewer (the sharer named on the viewer's share). */
export const sharersOf = async ({
  payload,
  user,
  cases,
}: {
  payload: Payload
  user: User
  cases: Pick<Case, 'id' | 'shares' | 'owner'>[]
}): Promise<Map<number, Person>> => {
  const sharerIds = new Map<number, number | null>()
  for (const theCase of cases) {
    const mine = (theCase.shares ?? []).find((s) => idOf(s.user) === user.id)
    sharerIds.set(theCase.id, idOf(mine?.sharedBy ?? theCase.owner))
  }
  const people = await findPeople({ payload, ids: [...sharerIds.values()] })
  const result = new Map<number, Person>()
  for (const [caseId, sharerId] of sharerIds) {
    const person = sharerId === null ? undefined : people.get(sharerId)
    if (person) result.set(caseId, person)
  }
  return result
}

/**
 * The viewer's cases from the last 90 days with the same country and stage and at least one
 * persecution type in common: probably the same applicant registered twice (SPEC §3).
 */
export const findLikelyDuplicates = async ({
  payload,
  user,
  country,
  proceduralStage,
  persecutionTypes,
  excludeId,
}: {
  payload: Payload
  user: User
  country: number
  proceduralStage: number | null
  persecutionTypes: number[]
  excludeId?: number
}): Promise<DuplicateCase[]> => {
  if (persecutionTypes.length === 0) return []
  const since = new Date(Date.now() - 90 * 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'cases',
    user,
    overrideAccess: false,
    where: {
      and: [
        { owner: { equals: user.id } },
        { country: { equals: country } },
        proceduralStage === null
          ? { proceduralStage: { exists: false } }
          : { proceduralStage: { equals: proceduralStage } },
        { persecutionTypes: { in: persecutionTypes } },
        { createdAt: { greater_than_equal: since } },
        ...(excludeId ? [{ id: { not_equals: excludeId } }] : []),
      ],
    },
    depth: 0,
    limit: 10,
    sort: '-createdAt',
    select: { caseNumber: true, createdAt: true },
  })
  return docs.map((d) => ({ id: d.id, caseNumber: d.caseNumber ?? '', createdAt: d.createdAt }))
}
