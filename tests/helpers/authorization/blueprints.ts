import type { Outcome, PolicyRole, PolicySlug } from './policy'

/**
 * The fixture records the matrix acts on, as data: which roles count each record as their own for
 * reads (`readers`) and for writes (`writers`), whether it is published, and whether allowed writes
 * may touch it. fixtures.ts creates exactly these records; every expectation is derived from this
 * table and the policy, never from what the API answered.
 */
export type RecordBlueprint = {
  key: string
  readers: PolicyRole[]
  writers: PolicyRole[]
  isPublished?: boolean
  /** False for records an allowed write would spoil for later tests (a pending draft). */
  isWriteTarget?: boolean
}

const own = (role: PolicyRole, extra: PolicyRole[] = []): Omit<RecordBlueprint, 'key'> => ({
  readers: [role],
  writers: [role, ...extra],
})
const nobodysOwn = { readers: [], writers: [] }

export const vocabularySlugs = [
  'countries',
  'persecution-types',
  'document-types',
  'procedural-stages',
  'topics',
  'relief-types',
  'courts',
  'adjudicators',
] as const satisfies readonly PolicySlug[]

export const blueprints: Record<PolicySlug, RecordBlueprint[]> = {
  users: [
    { key: 'ownerAdvocate', ...own('ownerAdvocate', ['staff']) },
    { key: 'sharedAdvocate', ...own('sharedAdvocate', ['staff']) },
    { key: 'otherAdvocate', ...own('otherAdvocate', ['staff']) },
    { key: 'noCaseAdvocate', ...own('noCaseAdvocate', ['staff']) },
    { key: 'expert', ...own('expert', ['staff']) },
    { key: 'staff', ...own('staff') },
    { key: 'admin', ...own('admin') },
  ],
  organizations: [{ key: 'organization', ...nobodysOwn }],
  cases: [
    { key: 'case1', readers: ['ownerAdvocate', 'sharedAdvocate'], writers: ['ownerAdvocate'] },
    { key: 'case2', ...own('otherAdvocate') },
  ],
  outcomes: [
    { key: 'outcome1', readers: ['ownerAdvocate', 'sharedAdvocate'], writers: ['ownerAdvocate'] },
    { key: 'outcome2', ...own('otherAdvocate') },
  ],
  'decision-documents': [
    { key: 'decision1', readers: ['ownerAdvocate', 'sharedAdvocate'], writers: ['ownerAdvocate'] },
    { key: 'decision2', ...own('otherAdvocate') },
  ],
  resources: [
    { key: 'publishedResource', ...nobodysOwn, isPublished: true },
    { key: 'draftResource', ...nobodysOwn },
  ],
  'resource-files': [{ key: 'resourceFile', ...nobodysOwn }],
  media: [{ key: 'image', ...nobodysOwn, isPublished: true }],
  experts: [
    // The matrix expert's own profile, never approved: a draft only they and staff see.
    { key: 'draftProfile', ...own('expert') },
    // Another expert's approved (published) profile, listed for advocates.
    { key: 'approvedProfile', ...nobodysOwn, isPublished: true },
    // Approved, with a newer pending draft by its expert whose text only staff (and that expert,
    // who is no matrix role) may see until staff approve it.
    { key: 'approvedProfileWithDraft', ...nobodysOwn, isPublished: true, isWriteTarget: false },
  ],
  'expert-documents': [
    { key: 'expertFile', ...own('expert') },
    { key: 'otherExpertFile', ...nobodysOwn },
  ],
  'program-news': [
    { key: 'publishedNews', ...nobodysOwn, isPublished: true },
    { key: 'draftNews', ...nobodysOwn },
    // Published, with a newer unpublished draft whose text only staff may see.
    { key: 'publishedNewsWithDraft', ...nobodysOwn, isPublished: true, isWriteTarget: false },
  ],
  ...(Object.fromEntries(
    vocabularySlugs.map((slug) => [slug, [{ key: 'term', ...nobodysOwn, isPublished: true }]]),
  ) as unknown as Record<(typeof vocabularySlugs)[number], RecordBlueprint[]>),
  'assistance-requests': [
    { key: 'ownerRequest', ...own('ownerAdvocate') },
    { key: 'otherRequest', ...own('otherAdvocate') },
  ],
  'resource-submissions': [
    { key: 'ownerSubmission', ...own('ownerAdvocate') },
    { key: 'expertSubmission', ...own('expert') },
  ],
  feedback: [{ key: 'feedback', ...nobodysOwn }],
  'access-events': [{ key: 'event', ...nobodysOwn }],
  'payload-jobs': [{ key: 'job', ...nobodysOwn }],
  'payload-locked-documents': [{ key: 'lock', ...nobodysOwn }],
  'payload-preferences': [
    { key: 'staffPreference', ...own('staff') },
    { key: 'adminPreference', ...own('admin') },
    { key: 'advocatePreference', ...own('ownerAdvocate') },
  ],
  'payload-kv': [{ key: 'entry', ...nobodysOwn }],
}

export type ReadAdmission = {
  outcome: Outcome | undefined
  role: PolicyRole
  record: RecordBlueprint
}

/** Whether a read outcome lets `role` see `record`. */
export const admitsRead = ({ outcome, role, record }: ReadAdmission): boolean =>
  outcome === 'allow' ||
  (outcome === 'own' && record.readers.includes(role)) ||
  (outcome === 'published' && Boolean(record.isPublished))

/** Whether a write outcome lets `role` change `record`. */
export const admitsWrite = ({ outcome, role, record }: ReadAdmission): boolean =>
  outcome === 'allow' || (outcome === 'own' && record.writers.includes(role))
