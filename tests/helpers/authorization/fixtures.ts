import type { Payload } from 'payload'

import { policyRoles, type PolicyRole, type PolicySlug } from './policy'

import { getTestPayload, loginToken } from '../payload'
import { blueprints, vocabularySlugs, type RecordBlueprint } from './blueprints'
import { CanaryRegistry, randomToken } from './canaries'
import { pdfFile, pngFile } from './files'

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

export type VocabularySlug = (typeof vocabularySlugs)[number]

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

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')
const twoLetterCodes = letters.flatMap((first) => letters.map((second) => `${first}${second}`))

const localUser = async (payload: Payload, id: number): Promise<LocalUser> => {
  const doc = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
  return { ...(doc as unknown as LocalUser), collection: 'users' }
}

/**
 * Builds every fixture once, as trusted system work (overrideAccess: true): accounts for every
 * role, the cases and everything that hangs off them, and one or more records in every other
 * collection, each confidential text field holding a canary.
 */
export const buildFixtures = async (): Promise<Fixtures> => {
  const payload = await getTestPayload()
  const run = randomToken(3)
  const canaries = new CanaryRegistry()
  let markerCount = 0
  // Country codes are unique: tests create countries with codes no country (or earlier test) uses.
  const { docs: countries } = await payload.find({
    collection: 'countries',
    pagination: false,
    depth: 0,
    select: { code: true },
    overrideAccess: true,
  })
  const usedCodes = new Set(countries.map((country) => country.code))
  const spareCountryCodes = twoLetterCodes.filter((code) => !usedCodes.has(code))
  let countryCodeIndex = 0
  const records = Object.fromEntries(
    Object.keys(blueprints).map((slug) => [slug, [] as FixtureRecord[]]),
  ) as Record<PolicySlug, FixtureRecord[]>
  const add = (slug: PolicySlug, key: string, id: number, extra: Partial<FixtureRecord> = {}) => {
    const blueprint = blueprints[slug].find((entry) => entry.key === key)
    if (!blueprint) throw new Error(`No blueprint ${slug}/${key}`)
    records[slug].push({
      ...blueprint,
      isWriteTarget: blueprint.isWriteTarget ?? true,
      slug,
      id,
      ...extra,
    })
    return id
  }
  const canary = (slug: PolicySlug, recordKey: string, field: string) =>
    canaries.make({ slug, recordKey, field })
  const nextCountryCode = () => {
    const code = spareCountryCodes[countryCodeIndex]
    countryCodeIndex += 1
    if (!code) throw new Error('Out of spare country codes')
    return code
  }
  const system = { overrideAccess: true, depth: 0 } as const

  // Accounts --------------------------------------------------------------------------------
  const organization = await payload.create({
    collection: 'organizations',
    data: { name: `Matrix Legal Aid ${run}`, kind: 'nonprofit' },
    ...system,
  })
  add('organizations', 'organization', organization.id)

  const roleOf = (role: PolicyRole) =>
    role === 'staff' || role === 'admin' || role === 'expert' ? role : 'advocate'
  const makeUser = async ({ email, name, role }: { email: string; name: string; role: string }) =>
    payload.create({
      collection: 'users',
      data: {
        email,
        password,
        name,
        role: role as 'advocate',
        organization: organization.id,
        _verified: true,
      },
      disableVerificationEmail: true,
      ...system,
    })

  const actors = { guest: { role: 'guest', user: null, token: undefined } } as Record<
    PolicyRole,
    Actor
  >
  for (const role of policyRoles.filter((entry) => entry !== 'guest')) {
    const local = canaries.make({ slug: 'users', recordKey: role, field: 'email', lowercase: true })
    const email = `${local}@test.example`
    const created = await makeUser({ email, name: `Matrix ${role} ${run}`, role: roleOf(role) })
    add('users', role, created.id)
    actors[role] = {
      role,
      user: await localUser(payload, created.id),
      token: await loginToken(email, password),
    }
  }
  const makeExpert = async (label: string) =>
    localUser(
      payload,
      (
        await makeUser({
          email: `matrix-${label}-expert-${run}@test.example`,
          name: `${label} expert`,
          role: 'expert',
        })
      ).id,
    )
  const approvedExpert = await makeExpert('approved')
  const pendingExpert = await makeExpert('pending')
  const spareExpert = await makeExpert('spare')
  const standInExpert = await makeExpert('stand-in')
  const userId = (role: PolicyRole) => actors[role].user!.id

  // Vocabularies ----------------------------------------------------------------------------
  const terms = {} as Record<VocabularySlug, number>
  const termExtras = (slug: VocabularySlug): Record<string, unknown> => {
    if (slug === 'countries') return { code: nextCountryCode(), region: 'Matrix Region' }
    if (slug === 'courts') return { kind: 'immigration-court', city: 'Matrix City' }
    if (slug === 'adjudicators') return { court: terms.courts }
    return {}
  }
  for (const slug of vocabularySlugs) {
    const term = await payload.create({
      collection: slug,
      data: {
        name: `Matrix ${slug} ${run}`,
        slug: `matrix-${slug}-${run}`,
        ...termExtras(slug),
      } as never,
      ...system,
    })
    terms[slug] = add(slug, 'term', term.id)
  }

  // Cases -----------------------------------------------------------------------------------
  const caseNumber = () =>
    `TA-2024-${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`
  const case1Number = caseNumber()
  canaries.add({ value: case1Number, slug: 'cases', recordKey: 'case1', field: 'caseNumber' })
  const case1 = await payload.create({
    collection: 'cases',
    data: {
      caseNumber: case1Number,
      owner: userId('ownerAdvocate'),
      country: terms.countries,
      persecutionTypes: [terms['persecution-types']],
      facts: canary('cases', 'case1', 'facts'),
      deadlines: [{ label: canary('cases', 'case1', 'deadlines.label'), date: '2030-01-15' }],
      language: 'Spanish',
      shares: [
        {
          user: userId('sharedAdvocate'),
          sharedBy: userId('ownerAdvocate'),
          sharedAt: new Date().toISOString(),
          attestation: true,
        },
        {
          invitedEmail: `${canaries.make({ slug: 'cases', recordKey: 'case1', field: 'shares.invitedEmail', lowercase: true })}@test.example`,
          sharedBy: userId('ownerAdvocate'),
          sharedAt: new Date().toISOString(),
          attestation: true,
        },
      ],
    },
    ...system,
  })
  add('cases', 'case1', case1.id)
  const case2Number = caseNumber()
  canaries.add({ value: case2Number, slug: 'cases', recordKey: 'case2', field: 'caseNumber' })
  const case2 = await payload.create({
    collection: 'cases',
    data: {
      caseNumber: case2Number,
      owner: userId('otherAdvocate'),
      country: terms.countries,
      facts: canary('cases', 'case2', 'facts'),
      language: 'French',
    },
    ...system,
  })
  add('cases', 'case2', case2.id)

  // Decision documents ------------------------------------------------------------------------
  for (const [key, caseId] of [
    ['decision1', case1.id],
    ['decision2', case2.id],
  ] as const) {
    const fileCanary = canary('decision-documents', key, 'file')
    const nameCanary = canaries.make({
      slug: 'decision-documents',
      recordKey: key,
      field: 'originalName',
      lowercase: true,
    })
    const doc = await payload.create({
      collection: 'decision-documents',
      data: { case: caseId },
      file: pdfFile({ name: `${nameCanary}.pdf`, text: fileCanary }),
      ...system,
    })
    add('decision-documents', key, doc.id, { filename: doc.filename ?? undefined, fileCanary })
  }

  // Expert documents (CVs) ------------------------------------------------------------------
  // Uploaded as their experts: the hook records `uploadedBy` from the session.
  for (const [key, uploader] of [
    ['expertFile', actors.expert.user!],
    ['otherExpertFile', approvedExpert],
  ] as const) {
    const fileCanary = canary('expert-documents', key, 'file')
    const nameCanary = canaries.make({
      slug: 'expert-documents',
      recordKey: key,
      field: 'originalName',
      lowercase: true,
    })
    const doc = await payload.create({
      collection: 'expert-documents',
      data: {},
      file: pdfFile({ name: `${nameCanary}.pdf`, text: fileCanary }),
      user: uploader,
      ...system,
    })
    add('expert-documents', key, doc.id, { filename: doc.filename ?? undefined, fileCanary })
  }
  const expertFileId = (key: string) => records['expert-documents'].find((r) => r.key === key)!.id

  // Experts -----------------------------------------------------------------------------------
  // "Approved" is Payload's published state; decisions and their messages are server-set, so the
  // fixtures write them as trusted code, as the review endpoint does. Profiles with a CV are saved
  // in a staff session: the CV hook accepts another person's file from staff only.
  const asStaff = { user: actors.staff.user!, ...system }
  const profileData = (key: string) => ({
    displayName: canary('experts', key, 'displayName'),
    credentials: canary('experts', key, 'credentials'),
    staffNotes: canary('experts', key, 'staffNotes'),
    reviewMessage: canary('experts', key, 'reviewMessage'),
    reviewLog: [
      {
        decision: 'changes-requested' as const,
        message: canary('experts', key, 'reviewLog.message'),
        reviewer: userId('staff'),
        decidedAt: '2026-01-05T10:00:00.000Z',
      },
    ],
    location: 'Matrix',
  })
  const draftProfile = await payload.create({
    collection: 'experts',
    data: {
      ...profileData('draftProfile'),
      user: userId('expert'),
      reviewStatus: 'changes-requested',
      cv: expertFileId('expertFile'),
      _status: 'draft',
    },
    draft: true,
    ...asStaff,
  })
  add('experts', 'draftProfile', draftProfile.id)
  const approvedProfile = await payload.create({
    collection: 'experts',
    data: {
      ...profileData('approvedProfile'),
      user: approvedExpert.id,
      reviewStatus: 'approved',
      cv: expertFileId('otherExpertFile'),
      _status: 'published',
    },
    ...asStaff,
  })
  add('experts', 'approvedProfile', approvedProfile.id)
  const withDraftProfile = await payload.create({
    collection: 'experts',
    data: {
      ...profileData('approvedProfileWithDraft'),
      user: pendingExpert.id,
      reviewStatus: 'approved',
      _status: 'published',
    },
    ...system,
  })
  // The expert's newer edit, submitted and waiting for staff: it must stay off the directory.
  const pendingDraft = (field: string) =>
    canaries.make({ slug: 'experts', recordKey: 'approvedProfileWithDraft', field, isDraft: true })
  await payload.update({
    collection: 'experts',
    id: withDraftProfile.id,
    data: {
      displayName: pendingDraft('displayName'),
      credentials: pendingDraft('credentials'),
      location: pendingDraft('location'),
      reviewStatus: 'submitted',
      submittedAt: '2026-01-06T10:00:00.000Z',
      _status: 'draft',
    },
    draft: true,
    ...system,
  })
  add('experts', 'approvedProfileWithDraft', withDraftProfile.id)

  // Outcomes ----------------------------------------------------------------------------------
  for (const [key, caseId, decisionKey, owner] of [
    ['outcome1', case1.id, 'decision1', 'ownerAdvocate'],
    ['outcome2', case2.id, 'decision2', 'otherAdvocate'],
  ] as const) {
    const outcome = await payload.create({
      collection: 'outcomes',
      data: {
        case: caseId,
        reportedBy: userId(owner),
        decisionDate: '2025-03-01',
        results: [{ relief: terms['relief-types'], result: 'granted' }],
        arguments: ['nexus'],
        argumentsText: canary('outcomes', key, 'argumentsText'),
        persuasiveEvidenceText: canary('outcomes', key, 'persuasiveEvidenceText'),
        rationale: canary('outcomes', key, 'rationale'),
        decisionDocument: records['decision-documents'].find((r) => r.key === decisionKey)!.id,
        containsIndividualizedAnalysis: true,
        clientPermission: true,
        expertFeedback: [
          {
            expert: approvedProfile.id,
            feedback: canary('outcomes', key, 'expertFeedback.feedback'),
            keepConfidential: true,
          },
        ],
        additionalInformation: 'initial',
      },
      ...system,
    })
    add('outcomes', key, outcome.id)
  }

  // Library ---------------------------------------------------------------------------------
  const resourceFileCanary = canary('resource-files', 'resourceFile', 'file')
  const resourceFileName = canaries.make({
    slug: 'resource-files',
    recordKey: 'resourceFile',
    field: 'originalName',
    lowercase: true,
  })
  const resourceFile = await payload.create({
    collection: 'resource-files',
    data: { description: 'initial' },
    file: pdfFile({ name: `${resourceFileName}.pdf`, text: resourceFileCanary }),
    ...system,
  })
  add('resource-files', 'resourceFile', resourceFile.id, {
    filename: resourceFile.filename ?? undefined,
    fileCanary: resourceFileCanary,
  })
  for (const [key, status] of [
    ['publishedResource', 'published'],
    ['draftResource', 'draft'],
  ] as const) {
    const resource = await payload.create({
      collection: 'resources',
      data: {
        title: canary('resources', key, 'title'),
        summary: canary('resources', key, 'summary'),
        documentType: terms['document-types'],
        audience: 'advocates',
        publishedAt: '2024-05-01',
        sourceCaseNumber: `TA-2024-${canary('resources', key, 'sourceCaseNumber').slice(-10)}`,
        file: resourceFile.id,
        _status: status,
      },
      draft: status === 'draft',
      ...system,
    })
    add('resources', key, resource.id)
  }
  // sourceCaseNumber holds "TA-2024-" and the canary's random tail; register the stored value.
  for (const resource of records.resources) {
    const stored = await payload.findByID({
      collection: 'resources',
      id: resource.id,
      draft: true,
      ...system,
    })
    canaries.add({
      value: String(stored.sourceCaseNumber),
      slug: 'resources',
      recordKey: resource.key,
      field: 'sourceCaseNumber',
    })
  }

  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Matrix image' },
    file: await pngFile({ name: `matrix-${run}.png` }),
    ...system,
  })
  add('media', 'image', image.id, { filename: image.filename ?? undefined })

  // Program news ------------------------------------------------------------------------------
  const news = async ({
    key,
    status,
    title,
  }: {
    key: string
    status: 'draft' | 'published'
    title: string
  }) =>
    payload.create({
      collection: 'program-news',
      data: {
        title,
        slug: `matrix-${key.toLowerCase()}-${run}`,
        publishedAt: '2025-01-01',
        summary: 'initial',
        _status: status,
      },
      draft: status === 'draft',
      ...system,
    })
  const publishedNews = await news({
    key: 'publishedNews',
    status: 'published',
    title: canary('program-news', 'publishedNews', 'title'),
  })
  add('program-news', 'publishedNews', publishedNews.id)
  const draftNews = await news({
    key: 'draftNews',
    status: 'draft',
    title: canary('program-news', 'draftNews', 'title'),
  })
  add('program-news', 'draftNews', draftNews.id)
  const withDraft = await news({
    key: 'publishedNewsWithDraft',
    status: 'published',
    title: canary('program-news', 'publishedNewsWithDraft', 'title'),
  })
  // The newer draft is staff-only: registered against the unpublished draft record's visibility.
  await payload.update({
    collection: 'program-news',
    id: withDraft.id,
    data: {
      title: canaries.make({ slug: 'program-news', recordKey: 'draftNews', field: 'title' }),
    },
    draft: true,
    ...system,
  })
  add('program-news', 'publishedNewsWithDraft', withDraft.id)

  // Queues ------------------------------------------------------------------------------------
  // Created as the submitter: the hooks record `submittedBy` from the session.
  const as = (role: PolicyRole) => ({ user: actors[role].user!, overrideAccess: true, depth: 0 })
  for (const [key, role, caseId] of [
    ['ownerRequest', 'ownerAdvocate', case1.id],
    ['otherRequest', 'otherAdvocate', case2.id],
  ] as const) {
    const request = await payload.create({
      collection: 'assistance-requests',
      data: {
        case: caseId,
        subject: 'initial',
        message: canary('assistance-requests', key, 'message'),
        staffNotes: canary('assistance-requests', key, 'staffNotes'),
        urgentDeadline: '2030-02-01',
      },
      ...as(role),
    })
    add('assistance-requests', key, request.id)
  }
  for (const [key, role] of [
    ['ownerSubmission', 'ownerAdvocate'],
    ['expertSubmission', 'expert'],
  ] as const) {
    const submission = await payload.create({
      collection: 'resource-submissions',
      data: {
        title: 'initial',
        description: canary('resource-submissions', key, 'description'),
        staffNotes: canary('resource-submissions', key, 'staffNotes'),
        clientPermission: true,
      },
      ...as(role),
    })
    add('resource-submissions', key, submission.id)
  }
  const feedback = await payload.create({
    collection: 'feedback',
    data: {
      category: 'library',
      message: canary('feedback', 'feedback', 'message'),
      replyEmail: `${canaries.make({ slug: 'feedback', recordKey: 'feedback', field: 'replyEmail', lowercase: true })}@test.example`,
      pageUrl: 'initial',
    },
    ...as('ownerAdvocate'),
  })
  add('feedback', 'feedback', feedback.id)

  // System collections --------------------------------------------------------------------------
  const event = await payload.create({
    collection: 'access-events',
    data: {
      action: 'view-library',
      actor: userId('ownerAdvocate'),
      case: case1.id,
      details: { note: canary('access-events', 'event', 'details') },
    },
    ...system,
  })
  add('access-events', 'event', event.id)
  const job = await payload.create({
    collection: 'payload-jobs',
    data: {
      taskSlug: 'sendEmail',
      queue: 'matrix',
      input: {
        to: 'matrix-recipient@test.example',
        subject: canary('payload-jobs', 'job', 'input.subject'),
        html: canary('payload-jobs', 'job', 'input.html'),
      },
    },
    ...system,
  })
  add('payload-jobs', 'job', job.id)
  // Locks point at a term nobody edits in the matrix: a lock blocks everyone else's updates.
  const lockTarget = await payload.create({
    collection: 'relief-types',
    data: { name: `Matrix locked term ${run}`, slug: `matrix-locked-${run}` },
    ...system,
  })
  const lock = await payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'relief-types', value: lockTarget.id },
      user: { relationTo: 'users', value: userId('staff') },
      globalSlug: canary('payload-locked-documents', 'lock', 'globalSlug'),
    },
    ...system,
  })
  add('payload-locked-documents', 'lock', lock.id)
  for (const [key, role] of [
    ['staffPreference', 'staff'],
    ['adminPreference', 'admin'],
    ['advocatePreference', 'ownerAdvocate'],
  ] as const) {
    const restKey = canaries.make({ slug: 'payload-preferences', recordKey: key, field: 'key' })
    const preference = await payload.create({
      collection: 'payload-preferences',
      data: {
        key: restKey,
        value: { note: canary('payload-preferences', key, 'value') },
        user: { relationTo: 'users', value: userId(role) },
      },
      ...as(role),
    })
    add('payload-preferences', key, preference.id, { restKey })
  }

  const entry = await payload.create({
    collection: 'payload-kv',
    data: { key: `matrix-${run}`, data: { note: canary('payload-kv', 'entry', 'data') } },
    ...system,
  })
  add('payload-kv', 'entry', entry.id)

  return {
    payload,
    run,
    actors,
    approvedExpert,
    pendingExpert,
    spareExpert,
    standInExpert,
    organizationId: organization.id,
    terms,
    records,
    canaries,
    nextMarker: () => {
      markerCount += 1
      return `mx-${run}-${markerCount}`
    },
    nextCountryCode,
    lockTargetId: lockTarget.id,
  }
}
