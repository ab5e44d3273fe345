import type { PolicyRole, PolicySlug } from './policy'

import { vocabularySlugs } from './blueprints'
import { pdfFile, pngFile, type UploadFile } from './files'
import {
  actorUser,
  idOf,
  password,
  type Actor,
  type FixtureRecord,
  type Fixtures,
  type VocabularySlug,
} from './fixtures'

type Data = Record<string, unknown>
type WriteContext = { fx: Fixtures; actor: Actor; marker: string }

export type CreateVariant = {
  label: string
  /** Roles for which this create is "their own" (used when the policy says `own`). */
  inScopeFor: PolicyRole[]
  data: (ctx: WriteContext) => Data
  file?: (ctx: { marker: string }) => Promise<UploadFile> | UploadFile
  /** Puts the fixtures in the state the create needs; returns the undo. */
  prepare?: (fx: Fixtures) => Promise<() => Promise<void>>
}

export type CollectionSpec = {
  slug: PolicySlug
  /** Data an update writes: a harmless change that carries the marker. */
  updateData: (marker: string) => Data
  /** Reads the marker back from a stored document (undefined when the update has no marker). */
  markerOf?: (doc: Data) => unknown
  createVariants: CreateVariant[]
  /** A throwaway record for delete tests; `owner` owns it when the policy says `own`. */
  makeDisposable: (ctx: { fx: Fixtures; owner: PolicyRole }) => Promise<FixtureRecord>
  /** Path segment the REST get/delete routes take (preferences use their key). */
  restId?: (record: FixtureRecord) => string
  /** REST operations Payload does not route for this collection, with the reason. */
  restUnavailable?: { operations: ('count' | 'list')[]; why: string }
  /** For each field rule in the policy: a value nobody but its writers may store. */
  forgeries?: Record<string, Forgery>
}

/**
 * A forged value for a protected field, and how to recognise it once stored. `onCreate` also tries
 * it in a create (with the collection's first create variant).
 */
export type Forgery = {
  value: (fx: Fixtures, record?: FixtureRecord) => unknown
  isStored: (stored: unknown, fx: Fixtures, record?: FixtureRecord) => boolean
  onCreate?: boolean
}

const idIn = (value: unknown): number | undefined =>
  typeof value === 'object' && value !== null ? (value as { id?: number }).id : (value as number)

const forgedUser = (role: PolicyRole, onCreate = false): Forgery => ({
  value: (fx) => actorUser(fx, role).id,
  isStored: (stored, fx) => idIn(stored) === actorUser(fx, role).id,
  onCreate,
})

/** An account that is none of the matrix roles, so a forged reference never equals the writer. */
const forgedSpareExpert = (onCreate = false): Forgery => ({
  value: (fx) => fx.spareExpert.id,
  isStored: (stored, fx) => idIn(stored) === fx.spareExpert.id,
  onCreate,
})

const forgedDate = '2001-02-03T04:05:06.000Z'

const forgedText = (value: string, onCreate = false): Forgery => ({
  value: () => value,
  isStored: (stored) => stored === value,
  onCreate,
})

const advocates: PolicyRole[] = [
  'ownerAdvocate',
  'sharedAdvocate',
  'otherAdvocate',
  'noCaseAdvocate',
]

const disposable = (
  slug: PolicySlug,
  id: number,
  extra: Partial<FixtureRecord> = {},
): FixtureRecord => ({
  key: `disposable-${id}`,
  slug,
  id,
  readers: [],
  writers: [],
  isWriteTarget: true,
  isDisposable: true,
  ...extra,
})

const system = { overrideAccess: true, depth: 0 } as const

const termData = (fx: Fixtures, slug: VocabularySlug, marker: string): Data => ({
  name: marker,
  slug: marker,
  ...(slug === 'countries' ? { code: fx.nextCountryCode(), region: 'Matrix Region' } : {}),
  ...(slug === 'courts' ? { kind: 'asylum-office' } : {}),
})

const vocabularySpec = (slug: VocabularySlug): CollectionSpec => ({
  slug,
  updateData: (marker) => ({ name: marker }),
  markerOf: (doc) => doc.name,
  createVariants: [
    { label: 'a term', inScopeFor: [], data: ({ fx, marker }) => termData(fx, slug, marker) },
  ],
  makeDisposable: async ({ fx }) => {
    const doc = await fx.payload.create({
      collection: slug,
      data: termData(fx, slug, fx.nextMarker()) as never,
      ...system,
    })
    return disposable(slug, doc.id)
  },
})

const ownCase = ({ fx, actor }: WriteContext) =>
  advocates.includes(actor.role) ? actorUser(fx, actor.role).id : actorUser(fx, 'ownerAdvocate').id

export const collectionSpecs: Record<PolicySlug, CollectionSpec> = {
  users: {
    slug: 'users',
    forgeries: {
      role: forgedText('admin'),
      _verified: { value: () => false, isStored: (stored) => stored === false },
    },
    updateData: (marker) => ({ name: marker }),
    markerOf: (doc) => doc.name,
    createVariants: [
      {
        label: 'an advocate account',
        inScopeFor: ['guest', 'staff'],
        data: ({ fx, marker }) => ({
          email: `${marker}@test.example`,
          password,
          name: marker,
          role: 'advocate',
          organization: fx.organizationId,
        }),
      },
      {
        label: 'a staff account',
        inScopeFor: [],
        data: ({ marker }) => ({
          email: `${marker}@test.example`,
          password,
          name: marker,
          role: 'staff',
        }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const marker = fx.nextMarker()
      const doc = await fx.payload.create({
        collection: 'users',
        data: {
          email: `${marker}@test.example`,
          password,
          name: marker,
          role: 'advocate',
          organization: fx.organizationId,
          _verified: true,
        },
        disableVerificationEmail: true,
        ...system,
      })
      return disposable('users', doc.id)
    },
  },
  organizations: {
    slug: 'organizations',
    updateData: (marker) => ({ state: marker }),
    markerOf: (doc) => doc.state,
    createVariants: [
      {
        label: 'an organization',
        inScopeFor: [],
        data: ({ marker }) => ({ name: marker, kind: 'nonprofit' }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const doc = await fx.payload.create({
        collection: 'organizations',
        data: { name: fx.nextMarker(), kind: 'nonprofit' },
        ...system,
      })
      return disposable('organizations', doc.id)
    },
  },
  cases: {
    slug: 'cases',
    forgeries: {
      owner: forgedUser('noCaseAdvocate'),
      caseNumber: forgedText('TA-1999-000001', true),
      shares: {
        value: (fx) => [
          {
            user: actorUser(fx, 'noCaseAdvocate').id,
            sharedAt: '2025-01-01T00:00:00.000Z',
            attestation: true,
          },
        ],
        isStored: (stored, fx) =>
          Array.isArray(stored) &&
          stored.some(
            (share) =>
              idIn((share as { user?: unknown }).user) === actorUser(fx, 'noCaseAdvocate').id,
          ),
        onCreate: true,
      },
      legacyImport: { value: () => true, isStored: (stored) => stored === true, onCreate: true },
      expertShortlist: {
        value: (fx) => [idOf(fx, 'experts', 'draftProfile')],
        isStored: (stored, fx) =>
          Array.isArray(stored) &&
          stored.some((entry) => idIn(entry) === idOf(fx, 'experts', 'draftProfile')),
        onCreate: true,
      },
    },
    updateData: (marker) => ({ language: marker }),
    markerOf: (doc) => doc.language,
    createVariants: [
      {
        label: 'a case they own',
        inScopeFor: advocates,
        data: (ctx) => ({
          owner: ownCase(ctx),
          country: ctx.fx.terms.countries,
          facts: ctx.marker,
        }),
      },
      {
        label: 'a case owned by otherAdvocate',
        inScopeFor: ['otherAdvocate'],
        data: ({ fx, marker }) => ({
          owner: actorUser(fx, 'otherAdvocate').id,
          country: fx.terms.countries,
          facts: marker,
        }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const doc = await fx.payload.create({
        collection: 'cases',
        data: { owner: actorUser(fx, 'otherAdvocate').id, country: fx.terms.countries },
        ...system,
      })
      return disposable('cases', doc.id)
    },
  },
  outcomes: {
    slug: 'outcomes',
    forgeries: {
      // Moves the outcome to the other fixture case.
      case: {
        value: (fx, record) => idOf(fx, 'cases', record?.key === 'outcome2' ? 'case1' : 'case2'),
        isStored: (stored, fx, record) =>
          idIn(stored) === idOf(fx, 'cases', record?.key === 'outcome2' ? 'case1' : 'case2'),
      },
      reportedBy: forgedSpareExpert(true),
    },
    updateData: (marker) => ({ additionalInformation: marker }),
    markerOf: (doc) => doc.additionalInformation,
    createVariants: (['case1', 'case2'] as const).map((caseKey) => ({
      label: `an outcome on ${caseKey}`,
      inScopeFor: caseKey === 'case1' ? ['ownerAdvocate'] : ['otherAdvocate'],
      data: ({ fx, marker }: WriteContext) => ({
        case: idOf(fx, 'cases', caseKey),
        decisionDate: '2025-06-01',
        results: [{ relief: fx.terms['relief-types'], result: 'denied' }],
        additionalInformation: marker,
      }),
    })),
    makeDisposable: async ({ fx }) => {
      const doc = await fx.payload.create({
        collection: 'outcomes',
        data: {
          case: idOf(fx, 'cases', 'case2'),
          decisionDate: '2025-06-01',
          results: [{ relief: fx.terms['relief-types'], result: 'denied' }],
        },
        ...system,
      })
      return disposable('outcomes', doc.id)
    },
  },
  'decision-documents': {
    slug: 'decision-documents',
    // Nothing on a decision document is editable but its case; an empty update still saves.
    updateData: () => ({}),
    createVariants: (['case1', 'case2'] as const).map((caseKey) => ({
      label: `a decision on ${caseKey}`,
      inScopeFor: caseKey === 'case1' ? ['ownerAdvocate'] : ['otherAdvocate'],
      data: ({ fx }: WriteContext) => ({ case: idOf(fx, 'cases', caseKey) }),
      file: ({ marker }: { marker: string }) => pdfFile({ name: `${marker}.pdf`, text: marker }),
    })),
    makeDisposable: async ({ fx }) => {
      const marker = fx.nextMarker()
      const doc = await fx.payload.create({
        collection: 'decision-documents',
        data: { case: idOf(fx, 'cases', 'case2') },
        file: pdfFile({ name: `${marker}.pdf`, text: marker }),
        ...system,
      })
      return disposable('decision-documents', doc.id, { filename: doc.filename ?? undefined })
    },
  },
  resources: {
    slug: 'resources',
    forgeries: { sourceCaseNumber: forgedText('TA-1999-999999') },
    updateData: (marker) => ({ externalUrl: marker }),
    markerOf: (doc) => doc.externalUrl,
    createVariants: [
      {
        label: 'a resource',
        inScopeFor: [],
        data: ({ fx, marker }) => ({
          title: marker,
          documentType: fx.terms['document-types'],
          audience: 'advocates',
          publishedAt: '2025-01-01',
        }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const doc = await fx.payload.create({
        collection: 'resources',
        data: {
          title: fx.nextMarker(),
          documentType: fx.terms['document-types'],
          audience: 'advocates',
          publishedAt: '2025-01-01',
          _status: 'draft',
        },
        draft: true,
        ...system,
      })
      return disposable('resources', doc.id)
    },
  },
  'resource-files': {
    slug: 'resource-files',
    updateData: (marker) => ({ description: marker }),
    markerOf: (doc) => doc.description,
    createVariants: [
      {
        label: 'a resource file',
        inScopeFor: [],
        data: ({ marker }) => ({ description: marker }),
        file: ({ marker }) => pdfFile({ name: `${marker}.pdf`, text: marker }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const marker = fx.nextMarker()
      const doc = await fx.payload.create({
        collection: 'resource-files',
        data: { description: marker },
        file: pdfFile({ name: `${marker}.pdf`, text: marker }),
        ...system,
      })
      return disposable('resource-files', doc.id, { filename: doc.filename ?? undefined })
    },
  },
  media: {
    slug: 'media',
    updateData: (marker) => ({ alt: marker }),
    markerOf: (doc) => doc.alt,
    createVariants: [
      {
        label: 'an image',
        inScopeFor: [],
        data: ({ marker }) => ({ alt: marker }),
        file: ({ marker }) => pngFile({ name: `${marker}.png` }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const marker = fx.nextMarker()
      const doc = await fx.payload.create({
        collection: 'media',
        data: { alt: marker },
        file: await pngFile({ name: `${marker}.png` }),
        ...system,
      })
      return disposable('media', doc.id, { filename: doc.filename ?? undefined })
    },
  },
  experts: {
    slug: 'experts',
    // What an expert might send to list themselves, vet themselves or take another's profile.
    forgeries: {
      _status: forgedText('published', true),
      user: forgedSpareExpert(true),
      reviewStatus: forgedText('approved', true),
      submittedAt: {
        value: () => forgedDate,
        isStored: (stored) =>
          typeof stored === 'string' && Date.parse(stored) === Date.parse(forgedDate),
        onCreate: true,
      },
      reviewMessage: forgedText('Forged review message', true),
      reviewLog: {
        value: () => [{ decision: 'approved', message: 'Forged log entry' }],
        isStored: (stored) =>
          Array.isArray(stored) &&
          stored.some((entry) => (entry as { message?: unknown }).message === 'Forged log entry'),
        onCreate: true,
      },
      staffNotes: forgedText('Forged staff note', true),
    },
    updateData: (marker) => ({ location: marker }),
    markerOf: (doc) => doc.location,
    createVariants: [
      {
        label: "the expert account's profile",
        inScopeFor: ['expert'],
        // reviewStatus is required in GraphQL's create input; the server sets it whatever is sent.
        data: ({ fx, marker }) => ({
          displayName: marker,
          user: actorUser(fx, 'expert').id,
          reviewStatus: 'draft',
        }),
        // One profile per expert account: the expert's own profile steps aside meanwhile.
        prepare: async (fx) => {
          const id = idOf(fx, 'experts', 'draftProfile')
          const expertId = actorUser(fx, 'expert').id
          await fx.payload.update({
            collection: 'experts',
            id,
            data: { user: fx.standInExpert.id },
            ...system,
          })
          return async () => {
            const created = await fx.payload.find({
              collection: 'experts',
              where: { and: [{ user: { equals: expertId } }, { id: { not_equals: id } }] },
              ...system,
            })
            for (const doc of created.docs) {
              await fx.payload.delete({ collection: 'experts', id: doc.id, ...system })
            }
            await fx.payload.update({
              collection: 'experts',
              id,
              data: { user: expertId },
              ...system,
            })
          }
        },
      },
    ],
    makeDisposable: async ({ fx }) => {
      const marker = fx.nextMarker()
      const user = await fx.payload.create({
        collection: 'users',
        data: {
          email: `${marker}@test.example`,
          password,
          name: marker,
          role: 'expert',
          _verified: true,
        },
        disableVerificationEmail: true,
        ...system,
      })
      const doc = await fx.payload.create({
        collection: 'experts',
        data: { user: user.id, displayName: marker, reviewStatus: 'draft', _status: 'draft' },
        draft: true,
        ...system,
      })
      return disposable('experts', doc.id)
    },
  },
  'expert-documents': {
    slug: 'expert-documents',
    forgeries: { uploadedBy: forgedSpareExpert(true) },
    // Nothing on an expert document is editable but who uploaded it; an empty update still saves.
    updateData: () => ({}),
    createVariants: [
      {
        label: 'a CV',
        inScopeFor: [],
        data: () => ({}),
        file: ({ marker }) => pdfFile({ name: `${marker}.pdf`, text: marker }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const marker = fx.nextMarker()
      const doc = await fx.payload.create({
        collection: 'expert-documents',
        data: {},
        file: pdfFile({ name: `${marker}.pdf`, text: marker }),
        ...system,
      })
      return disposable('expert-documents', doc.id, { filename: doc.filename ?? undefined })
    },
  },
  'program-news': {
    slug: 'program-news',
    updateData: (marker) => ({ summary: marker }),
    markerOf: (doc) => doc.summary,
    createVariants: [
      {
        label: 'a news item',
        inScopeFor: [],
        data: ({ marker }) => ({
          title: marker,
          slug: marker,
          publishedAt: '2025-02-01',
          summary: marker,
        }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const marker = fx.nextMarker()
      const doc = await fx.payload.create({
        collection: 'program-news',
        data: {
          title: marker,
          slug: marker,
          publishedAt: '2025-02-01',
          summary: marker,
          _status: 'draft',
        },
        draft: true,
        ...system,
      })
      return disposable('program-news', doc.id)
    },
  },
  ...(Object.fromEntries(vocabularySlugs.map((slug) => [slug, vocabularySpec(slug)])) as Record<
    VocabularySlug,
    CollectionSpec
  >),
  'assistance-requests': {
    slug: 'assistance-requests',
    forgeries: {
      staffNotes: forgedText('Forged staff note', true),
      status: forgedText('answered', true),
      submittedBy: forgedSpareExpert(true),
    },
    updateData: (marker) => ({ subject: marker }),
    markerOf: (doc) => doc.subject,
    createVariants: (['case1', 'case2'] as const).map((caseKey) => ({
      label: `a request about ${caseKey}`,
      inScopeFor:
        caseKey === 'case1'
          ? ['ownerAdvocate', 'sharedAdvocate']
          : (['otherAdvocate'] as PolicyRole[]),
      data: ({ fx, marker }: WriteContext) => ({
        case: idOf(fx, 'cases', caseKey),
        subject: marker,
        message: 'Please help with the hearing.',
      }),
    })),
    makeDisposable: async ({ fx }) => {
      const doc = await fx.payload.create({
        collection: 'assistance-requests',
        data: { case: idOf(fx, 'cases', 'case2'), subject: fx.nextMarker(), message: 'x' },
        user: actorUser(fx, 'otherAdvocate'),
        ...system,
      })
      return disposable('assistance-requests', doc.id)
    },
  },
  'resource-submissions': {
    slug: 'resource-submissions',
    forgeries: {
      staffNotes: forgedText('Forged staff note', true),
      status: forgedText('accepted', true),
      submittedBy: forgedSpareExpert(true),
    },
    updateData: (marker) => ({ title: marker }),
    markerOf: (doc) => doc.title,
    createVariants: [
      {
        label: 'a submission',
        inScopeFor: [],
        data: ({ marker }) => ({
          title: marker,
          description: 'A redacted brief.',
          clientPermission: true,
        }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const doc = await fx.payload.create({
        collection: 'resource-submissions',
        data: { title: fx.nextMarker(), description: 'x', clientPermission: true },
        user: actorUser(fx, 'ownerAdvocate'),
        ...system,
      })
      return disposable('resource-submissions', doc.id)
    },
  },
  feedback: {
    slug: 'feedback',
    forgeries: {
      status: forgedText('done', true),
      submittedBy: forgedSpareExpert(true),
    },
    updateData: (marker) => ({ pageUrl: marker }),
    markerOf: (doc) => doc.pageUrl,
    createVariants: [
      {
        label: 'a feedback report',
        inScopeFor: [],
        data: ({ marker }) => ({
          category: 'library',
          message: 'The filters confuse me.',
          pageUrl: marker,
        }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const doc = await fx.payload.create({
        collection: 'feedback',
        data: { category: 'library', message: 'x', pageUrl: fx.nextMarker() },
        ...system,
      })
      return disposable('feedback', doc.id)
    },
  },
  'access-events': {
    slug: 'access-events',
    updateData: (marker) => ({ details: { marker } }),
    markerOf: (doc) => (doc.details as { marker?: string } | null)?.marker,
    createVariants: [
      {
        label: 'an event',
        inScopeFor: [],
        data: ({ marker }) => ({ action: 'export', details: { marker } }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const doc = await fx.payload.create({
        collection: 'access-events',
        data: { action: 'export', details: { marker: fx.nextMarker() } },
        ...system,
      })
      return disposable('access-events', doc.id)
    },
  },
  'payload-jobs': {
    slug: 'payload-jobs',
    updateData: (marker) => ({ queue: marker }),
    markerOf: (doc) => doc.queue,
    createVariants: [
      {
        label: 'a job',
        inScopeFor: [],
        data: ({ marker }) => ({
          taskSlug: 'sendEmail',
          queue: marker,
          input: { to: 'matrix-recipient@test.example', subject: marker, html: marker },
        }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const marker = fx.nextMarker()
      const doc = await fx.payload.create({
        collection: 'payload-jobs',
        data: {
          taskSlug: 'sendEmail',
          queue: marker,
          input: { to: 'x@test.example', subject: marker, html: marker },
        },
        ...system,
      })
      return disposable('payload-jobs', doc.id)
    },
  },
  'payload-locked-documents': {
    slug: 'payload-locked-documents',
    updateData: (marker) => ({ globalSlug: marker }),
    markerOf: (doc) => doc.globalSlug,
    createVariants: [
      {
        label: 'an edit lock',
        inScopeFor: [],
        data: ({ fx, actor, marker }) => ({
          document: { relationTo: 'relief-types', value: fx.lockTargetId },
          user: { relationTo: 'users', value: actor.user?.id ?? actorUser(fx, 'staff').id },
          globalSlug: marker,
        }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const doc = await fx.payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'relief-types', value: fx.lockTargetId },
          user: { relationTo: 'users', value: actorUser(fx, 'staff').id },
          globalSlug: fx.nextMarker(),
        },
        ...system,
      })
      return disposable('payload-locked-documents', doc.id)
    },
  },
  'payload-preferences': {
    slug: 'payload-preferences',
    updateData: (marker) => ({ value: { marker } }),
    markerOf: (doc) => (doc.value as { marker?: string } | null)?.marker,
    createVariants: [
      {
        label: 'a preference',
        inScopeFor: ['guest', ...advocates, 'expert', 'staff', 'admin'],
        data: ({ marker }) => ({ key: marker, value: { marker } }),
      },
    ],
    makeDisposable: async ({ fx, owner }) => {
      const key = fx.nextMarker()
      const doc = await fx.payload.create({
        collection: 'payload-preferences',
        data: {
          key,
          value: { key },
          user: { relationTo: 'users', value: actorUser(fx, owner).id },
        },
        user: actorUser(fx, owner),
        ...system,
      })
      return disposable('payload-preferences', doc.id, {
        restKey: key,
        readers: [owner],
        writers: [owner],
      })
    },
    restId: (record) => record.restKey ?? String(record.id),
    restUnavailable: {
      operations: ['count'],
      why: "Payload's GET /api/payload-preferences/:key route answers /count as a preference key",
    },
  },
  'payload-kv': {
    slug: 'payload-kv',
    updateData: (marker) => ({ data: { marker } }),
    markerOf: (doc) => (doc.data as { marker?: string } | null)?.marker,
    createVariants: [
      {
        label: 'an entry',
        inScopeFor: [],
        data: ({ marker }) => ({ key: marker, data: { marker } }),
      },
    ],
    makeDisposable: async ({ fx }) => {
      const marker = fx.nextMarker()
      const doc = await fx.payload.create({
        collection: 'payload-kv',
        data: { key: marker, data: { marker } },
        ...system,
      })
      return disposable('payload-kv', doc.id)
    },
  },
}
