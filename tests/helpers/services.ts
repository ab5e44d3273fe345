import type { Payload } from 'payload'

import type { Role } from '@/lib/roles'
import { viewerRequest } from '@/lib/services/viewer-request'
import { idsBySlug } from '@/seed/seed-vocabularies'
import type { Case, User } from '@/payload-types'

import { makeOrganizationAccounts, type TestAccount } from './accounts'
import { shareRow } from './cases'

/** The request a service gets for `user` (none: a visitor who is not signed in). */
export const requestAs = (payload: Payload, user?: User) => viewerRequest(payload, user ?? null)

/** The email jobs queued to an address, oldest first. */
export const emailJobsTo = async (payload: Payload, to: string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendEmail' } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.filter((job) => (job.input as { to?: string } | null)?.to === to)
}

/**
 * Deletes the email jobs queued to any of these addresses (a test file's clean-up). The background
 * runner may be sending one of them at that moment (its update and this delete then collide and
 * the delete's transaction aborts): a failed delete is tried again, with the jobs read afresh.
 */
export const deleteEmailJobsTo = async (payload: Payload, emails: string[]) => {
  for (let attempt = 1; ; attempt += 1) {
    const jobs = (await Promise.all(emails.map((email) => emailJobsTo(payload, email)))).flat()
    if (jobs.length === 0) return
    try {
      await payload.delete({
        collection: 'payload-jobs',
        where: { id: { in: jobs.map((job) => job.id) } },
        overrideAccess: true, // test clean-up of system records
      })
      return
    } catch (error) {
      if (attempt >= 5) throw error
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
}

/** Subjects of the emails queued to an address, oldest first. */
export const emailSubjectsTo = async (payload: Payload, to: string) =>
  (await emailJobsTo(payload, to)).map((job) => (job.input as { subject: string }).subject)

export type CaseRole = 'owner' | 'shared' | 'staff' | 'otherAdvocate' | 'expert'

/**
 * One case and the people around it, as trusted code: its owner, a person it is shared with,
 * staff, an advocate with no part in it and an expert. `cleanup` deletes the accounts, their
 * queued emails and the case (delete what refers to the case first).
 */
export const makeCaseWithPeople = async ({
  payload,
  unique,
}: {
  payload: Payload
  /** Keeps addresses and names unique per file and run. */
  unique: string
}) => {
  const { organization: org, accounts: people } = await makeOrganizationAccounts({
    payload,
    unique,
    password: `${unique} passphrase`,
    roles: {
      owner: 'advocate',
      shared: 'advocate',
      staff: 'staff',
      otherAdvocate: 'advocate',
      expert: 'expert',
    } satisfies Record<CaseRole, Role>,
  })
  const [country, persecution, stage, relief] = await Promise.all([
    idsBySlug(payload, 'countries'),
    idsBySlug(payload, 'persecution-types'),
    idsBySlug(payload, 'procedural-stages'),
    idsBySlug(payload, 'relief-types'),
  ])
  const asylum = relief('asylum')
  const theCase: Case = await payload.create({
    collection: 'cases',
    overrideAccess: true,
    data: {
      owner: people.owner.user.id,
      country: country('guatemala'),
      persecutionTypes: [persecution('domestic-violence')],
      reliefSought: [asylum],
      proceduralStage: stage('immigration-court'),
      facts: 'Confidential facts that never leave the system.',
      shares: [shareRow(people.shared.user.id, people.owner.user.id)],
    },
  })
  const cleanup = async () => {
    const emails = Object.values<TestAccount>(people).map((account) => account.email)
    await deleteEmailJobsTo(payload, emails)
    await payload.delete({
      collection: 'access-events',
      where: { case: { equals: theCase.id } },
      overrideAccess: true,
    })
    await payload.delete({ collection: 'cases', id: theCase.id, overrideAccess: true })
    await payload.delete({
      collection: 'users',
      where: { email: { in: emails } },
      overrideAccess: true,
    })
    await payload.delete({ collection: 'organizations', id: org.id, overrideAccess: true })
  }
  return { people, theCase, asylum, cleanup }
}
