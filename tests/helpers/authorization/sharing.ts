import { loginToken } from '../payload'
import { password, type Fixtures } from './fixtures'
import type { PolicyRole } from './policy'

/** A verified advocate account made for one sharing test, with a session. */
export type Account = { id: number; email: string; token: string }

export const makeAdvocate = async (fx: Fixtures, label: string): Promise<Account> => {
  const email = `${label}-${fx.nextMarker()}@test.example`.toLowerCase()
  const user = await fx.payload.create({
    collection: 'users',
    data: {
      email,
      password,
      name: label,
      role: 'advocate',
      organization: fx.organizationId,
      _verified: true,
    },
    disableVerificationEmail: true,
    overrideAccess: true,
  })
  return { id: user.id, email, token: await loginToken(email, password) }
}

/** A case owned by ownerAdvocate and shared with `sharedWith`, its facts holding a canary. */
export const makeSharedCase = async ({
  fx,
  sharedWith,
  invited = [],
}: {
  fx: Fixtures
  sharedWith: number[]
  /** Addresses with a pending invitation (no account yet). */
  invited?: string[]
}) => {
  const facts = fx.canaries.make({ slug: 'cases', recordKey: 'case1', field: 'facts' })
  const owner = fx.actors.ownerAdvocate.user!.id
  const created = await fx.payload.create({
    collection: 'cases',
    data: {
      owner,
      country: fx.terms.countries,
      facts,
      shares: [
        ...sharedWith.map((user) => ({
          user,
          sharedBy: owner,
          sharedAt: new Date().toISOString(),
          attestation: true,
        })),
        ...invited.map((invitedEmail) => ({
          invitedEmail,
          sharedBy: owner,
          sharedAt: new Date().toISOString(),
          attestation: true,
        })),
      ],
    },
    overrideAccess: true,
    depth: 0,
  })
  const shareIds = (created.shares ?? []).map((share) => String(share.id))
  return { id: created.id, caseNumber: String(created.caseNumber), facts, shareIds }
}

/** The stored case, read as trusted code. */
export const storedCase = (fx: Fixtures, id: number) =>
  fx.payload.findByID({ collection: 'cases', id, depth: 0, overrideAccess: true })

/** Ids of the users a case is actively shared with, and the addresses invited. */
export const storedShares = async (fx: Fixtures, id: number) => {
  const theCase = await storedCase(fx, id)
  return {
    users: (theCase.shares ?? []).map((share) =>
      typeof share.user === 'object' && share.user ? share.user.id : (share.user ?? null),
    ),
    invited: (theCase.shares ?? []).map((share) => share.invitedEmail ?? null),
  }
}

/** Access events stored for a case and action. */
export const storedEvents = async (fx: Fixtures, caseId: number, action: string) =>
  (
    await fx.payload.find({
      collection: 'access-events',
      where: { and: [{ case: { equals: caseId } }, { action: { equals: action } }] },
      overrideAccess: true,
      pagination: false,
      depth: 0,
    })
  ).docs

/** Queued sendEmail jobs addressed to `email`. */
export const queuedEmailsTo = async (fx: Fixtures, email: string) => {
  const { docs } = await fx.payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendEmail' } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
  })
  return docs
    .map((job) => job.input as { to?: string; subject?: string; html?: string } | null)
    .filter((input) => input?.to === email)
}

/** Who may call the sharing endpoints, per SPEC §5 (owner and staff share; staff transfer). */
export type EndpointRow = {
  role: PolicyRole
  status: number
  error: string | null
}

/** The error code a sharing endpoint answered with, null on success. */
export const errorCode = (res: { json: Record<string, unknown> | null }) =>
  (res.json?.error as string | undefined) ?? null
