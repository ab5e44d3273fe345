import type { AppCollectionSlug } from '@/collections/slugs'

/**
 * The authorization policy the tests hold the app to (their oracle, not runtime code: the app's
 * rules live in src/access, and editing this file changes nothing in the app): for every
 * collection, every role and every operation, what the API must answer. It is written from SPEC §1, §5–§7 and §10 (where the code disagreed, the SPEC won and
 * the code was fixed or the cell is listed under `knownGaps`). The integration matrix in
 * tests/int/authorization is generated from it, and `renderAccessTable` prints the README's access
 * table from it, so the three never drift apart.
 *
 * Roles are people in relation to the fixture case, not only `users.role` values: the four
 * advocates are all `advocate` accounts that own the case, have it shared with them, own another
 * case, or own none.
 */

export const policyRoles = [
  'guest',
  'ownerAdvocate',
  'sharedAdvocate',
  'otherAdvocate',
  'noCaseAdvocate',
  'expert',
  'staff',
  'admin',
] as const
export type PolicyRole = (typeof policyRoles)[number]

export const policyOperations = [
  'list',
  'get',
  'count',
  'create',
  'update',
  'delete',
  'bulkUpdate',
  'bulkDelete',
  'versions',
  'duplicate',
  'fileDownload',
] as const
export type PolicyOperation = (typeof policyOperations)[number]

/**
 * - allow: every record;
 * - own: only the role's own records (what "own" means is stated per collection in `own`);
 * - published: reads of published records only (Payload's `_status: 'published'`; for experts, the
 *   approved version of a profile), never drafts, not even with `draft=true`;
 * - deny: refused (401/403/404), or for lists, counts and bulk writes an empty result.
 */
export type Outcome = 'allow' | 'deny' | 'own' | 'published'

/** The app's collections (slugs.ts) and Payload's own ones that the API serves. */
export type PolicySlug =
  | AppCollectionSlug
  | 'payload-jobs'
  | 'payload-locked-documents'
  | 'payload-preferences'
  | 'payload-kv'

export type RoleOutcomes = Record<PolicyRole, Outcome>

/** Who may read or write a field when the record itself is readable or writable. */
export type FieldRule = {
  field: string
  /**
   * `staff`: staff and admins only; `ownerAndStaff`: also whoever reads the record as their own
   * (never through `published`); omitted: whoever reads the record.
   */
  read?: 'staff' | 'ownerAndStaff'
  write: 'staff' | 'admin' | 'server'
  /** `server`: on create the server sets it from the session, whoever asks otherwise. */
  create?: 'server'
  why: string
}

/**
 * A refusal that may come from validation (400) rather than access control: a copy that repeats a
 * unique value, or a rule that runs before access is checked. Stored data stays unchanged.
 */
export type Refusal = {
  operations: PolicyOperation[]
  roles: PolicyRole[]
  kind: 'validation'
  why: string
}

/**
 * A cell where the code does not yet do what the policy says. The matrix lists it as a todo
 * instead of asserting it; remove the entry once the code is fixed. `records` narrows it to the
 * fixture records concerned (their blueprints, in tests/helpers/authorization/collections).
 */
export type KnownGap = {
  operations: PolicyOperation[]
  roles: PolicyRole[]
  records?: string[]
  /** Omitted: every surface. */
  surfaces?: ('REST' | 'GraphQL' | 'Local API')[]
  note: string
}

export type CollectionPolicy = {
  slug: PolicySlug
  isVersioned: boolean
  isUpload: boolean
  /** What "own" means in this collection, for reads and for writes. */
  own?: { read?: string; write?: string; create?: string }
  /** What "published" means in this collection. */
  published?: string
  operations: Partial<Record<PolicyOperation, RoleOutcomes>>
  fields: FieldRule[]
  refusals: Refusal[]
  knownGaps: KnownGap[]
}

type RoleGroup = 'everyone' | 'signedIn' | 'advocates' | 'staffAndAdmin'
type RuleSpec = Partial<Record<RoleGroup | PolicyRole, Outcome>>

const groupMembers: Record<RoleGroup, readonly PolicyRole[]> = {
  everyone: policyRoles,
  signedIn: policyRoles.filter((role) => role !== 'guest'),
  advocates: ['ownerAdvocate', 'sharedAdvocate', 'otherAdvocate', 'noCaseAdvocate'],
  staffAndAdmin: ['staff', 'admin'],
}

// From the broadest group to a single role: the most specific entry wins.
const specificity: (RoleGroup | 'role')[] = [
  'everyone',
  'signedIn',
  'advocates',
  'staffAndAdmin',
  'role',
]

/** Expands `{ advocates: 'own', staffAndAdmin: 'allow' }` to one outcome per role; the rest deny. */
export const rule = (spec: RuleSpec): RoleOutcomes =>
  Object.fromEntries(
    policyRoles.map((role) => {
      let outcome: Outcome = 'deny'
      for (const level of specificity) {
        const value =
          level === 'role'
            ? spec[role]
            : groupMembers[level].includes(role)
              ? spec[level]
              : undefined
        if (value) outcome = value
      }
      return [role, outcome]
    }),
  ) as RoleOutcomes

const staffOnly = rule({ staffAndAdmin: 'allow' })
const nobody = rule({})

type CollectionSpec = {
  slug: PolicySlug
  isVersioned?: boolean
  isUpload?: boolean
  own?: CollectionPolicy['own']
  published?: string
  /** list, get and count */
  read: RoleOutcomes
  create: RoleOutcomes
  /** update and bulkUpdate */
  update: RoleOutcomes
  /** delete and bulkDelete */
  delete: RoleOutcomes
  duplicate: RoleOutcomes
  versions?: RoleOutcomes
  fileDownload?: RoleOutcomes
  fields?: FieldRule[]
  refusals?: Refusal[]
  knownGaps?: KnownGap[]
}

const collection = (spec: CollectionSpec): CollectionPolicy => ({
  slug: spec.slug,
  isVersioned: Boolean(spec.isVersioned),
  isUpload: Boolean(spec.isUpload),
  own: spec.own,
  published: spec.published,
  operations: {
    list: spec.read,
    get: spec.read,
    count: spec.read,
    create: spec.create,
    update: spec.update,
    bulkUpdate: spec.update,
    delete: spec.delete,
    bulkDelete: spec.delete,
    duplicate: spec.duplicate,
    ...(spec.isVersioned ? { versions: spec.versions ?? staffOnly } : {}),
    ...(spec.isUpload ? { fileDownload: spec.fileDownload ?? spec.read } : {}),
  },
  fields: spec.fields ?? [],
  refusals: spec.refusals ?? [],
  knownGaps: spec.knownGaps ?? [],
})

/** Staff-edited vocabularies: public facts the intake and the filters list (SPEC §2). */
const vocabulary = (slug: PolicySlug) =>
  collection({
    slug,
    read: rule({ everyone: 'allow' }),
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
    duplicate: rule({}),
    refusals: [
      {
        operations: ['duplicate'],
        roles: ['staff', 'admin'],
        kind: 'validation',
        why: 'a copy repeats the unique slug',
      },
    ],
  })

/** A case's own records (outcomes, decisions): its members read them, only its owner adds them. */
const caseRecord = {
  read: 'records of cases they own or that are shared with them',
  write: 'records of cases they own',
  create: 'on cases they own',
}

export const policy: readonly CollectionPolicy[] = [
  collection({
    slug: 'users',
    own: {
      read: 'their own account',
      write:
        'their own account (staff: also advocate and expert accounts, never staff or admin ones)',
      create:
        'guests register, and staff create, advocate and expert accounts only (SPEC §1); admins create any',
    },
    read: rule({ signedIn: 'own', staffAndAdmin: 'allow' }),
    create: rule({ guest: 'own', staff: 'own', admin: 'allow' }),
    // SPEC §1: user management is the admin's; staff only help advocates and experts (verify by hand).
    update: rule({ signedIn: 'own', admin: 'allow' }),
    delete: rule({ admin: 'allow' }),
    duplicate: nobody,
    fields: [
      { field: 'role', write: 'admin', why: 'nobody promotes themselves (SPEC §1)' },
      {
        field: 'staffAlerts',
        read: 'staff',
        write: 'staff',
        why: 'the new-work emails a staff member chooses (SPEC §8)',
      },
      {
        field: '_verified',
        write: 'staff',
        why: 'addresses are verified by their owner (SPEC §1)',
      },
    ],
    refusals: [
      {
        operations: ['duplicate'],
        roles: [...policyRoles],
        kind: 'validation',
        why: 'accounts are not copied: the password rules refuse a copy before access is checked, and it would repeat the unique email',
      },
    ],
  }),
  collection({
    slug: 'organizations',
    read: rule({ everyone: 'allow' }),
    create: staffOnly,
    update: staffOnly,
    delete: rule({ admin: 'allow' }),
    duplicate: nobody,
    refusals: [
      {
        operations: ['duplicate'],
        roles: ['staff', 'admin'],
        kind: 'validation',
        why: 'a copy repeats the unique name',
      },
    ],
  }),
  collection({
    slug: 'cases',
    own: {
      read: 'cases they own or that are shared with them',
      write: 'cases they own',
      create: 'cases owned by themselves',
    },
    // SPEC §10: owner, shared users and staff; nobody else, on any surface.
    read: rule({ advocates: 'own', staffAndAdmin: 'allow' }),
    create: rule({ advocates: 'own', staffAndAdmin: 'allow' }),
    // SPEC §5: shared users cannot edit the intake.
    update: rule({ advocates: 'own', sharedAdvocate: 'deny', staffAndAdmin: 'allow' }),
    delete: staffOnly,
    // SPEC §5: a shared user must not get a case of their own to share further.
    duplicate: rule({ advocates: 'own', sharedAdvocate: 'deny', staffAndAdmin: 'allow' }),
    fields: [
      {
        field: 'owner',
        write: 'server',
        why: 'only the transfer endpoint moves a case, logged and emailed (SPEC §5)',
      },
      {
        field: 'caseNumber',
        write: 'staff',
        why: 'generated; staff enter legacy numbers (SPEC §3)',
      },
      {
        field: 'shares',
        write: 'server',
        why: 'sharing goes through the share endpoints, logged and emailed (SPEC §5)',
      },
      { field: 'legacyImport', write: 'staff', why: 'legacy imports are staff work (SPEC §3)' },
      {
        field: 'intakeDate',
        write: 'staff',
        why: 'the original intake date of a legacy case (SPEC §3)',
      },
      {
        field: 'importedAt',
        write: 'server',
        why: 'stamped by the staff import only (SPEC §3)',
      },
      {
        field: 'expertShortlist',
        write: 'server',
        why: 'kept by the shortlist endpoint, listed experts only (SPEC §7)',
      },
    ],
  }),
  collection({
    slug: 'outcomes',
    own: caseRecord,
    read: rule({ advocates: 'own', staffAndAdmin: 'allow' }),
    // SPEC §5–§6: only the owner adds outcomes; shared users cannot.
    create: rule({ advocates: 'own', sharedAdvocate: 'deny', staffAndAdmin: 'allow' }),
    update: rule({ advocates: 'own', sharedAdvocate: 'deny', staffAndAdmin: 'allow' }),
    delete: staffOnly,
    // A copy is another outcome on the same case: the owner's, like "Add Another Outcome".
    duplicate: rule({ advocates: 'own', sharedAdvocate: 'deny', staffAndAdmin: 'allow' }),
    fields: [
      { field: 'case', write: 'staff', why: 'an outcome stays on its case' },
      {
        field: 'reportedBy',
        write: 'staff',
        create: 'server',
        why: 'recorded from the session; staff may correct it',
      },
    ],
  }),
  collection({
    slug: 'decision-documents',
    isUpload: true,
    own: caseRecord,
    read: rule({ advocates: 'own', staffAndAdmin: 'allow' }),
    create: rule({ advocates: 'own', sharedAdvocate: 'deny', staffAndAdmin: 'allow' }),
    update: staffOnly,
    delete: staffOnly,
    duplicate: rule({ advocates: 'own', sharedAdvocate: 'deny', staffAndAdmin: 'allow' }),
    fields: [
      { field: 'status', write: 'staff', why: 'the staff review for redaction' },
      {
        field: 'assignee',
        read: 'staff',
        write: 'staff',
        why: 'who on staff has the item; staff accounts only',
      },
    ],
  }),
  collection({
    slug: 'resources',
    isVersioned: true,
    // Advocates and experts reach resources only through the tailored library (SPEC §4, §10).
    read: staffOnly,
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
    duplicate: staffOnly,
    fields: [
      {
        field: 'sourceCaseNumber',
        read: 'staff',
        write: 'staff',
        why: 'searchable by case number, never shown (SPEC §4)',
      },
    ],
  }),
  collection({
    slug: 'resource-files',
    isUpload: true,
    // SPEC §10: files reach advocates and experts only through the access-checked library route.
    read: staffOnly,
    // SPEC §8: anyone signed in may send a file with a resource submission; they cannot read it back.
    create: rule({ signedIn: 'allow' }),
    update: staffOnly,
    delete: staffOnly,
    duplicate: staffOnly,
    fields: [
      {
        field: 'uploadedBy',
        write: 'staff',
        create: 'server',
        why: 'recorded from the session; staff may correct it',
      },
    ],
  }),
  collection({
    slug: 'media',
    isUpload: true,
    read: rule({ everyone: 'allow' }),
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
    duplicate: staffOnly,
  }),
  collection({
    slug: 'experts',
    isVersioned: true,
    own: { read: 'their own profile', write: 'their own profile', create: 'their own profile' },
    published:
      'approved profiles, as staff last approved them (drafts, and the pending draft of a listed profile, stay with the expert and staff)',
    // SPEC §7: signed-in advocates search approved profiles; experts keep their own, drafts included.
    read: rule({ advocates: 'published', expert: 'own', staffAndAdmin: 'allow' }),
    // SPEC §7: an expert fills their own profile; every expert save is a draft until staff approve.
    create: rule({ expert: 'own', staffAndAdmin: 'allow' }),
    update: rule({ expert: 'own', staffAndAdmin: 'allow' }),
    delete: staffOnly,
    duplicate: nobody,
    // Versions hold every draft, staff notes and decisions: staff only (SPEC §7, §10).
    versions: staffOnly,
    fields: [
      {
        field: '_status',
        write: 'staff',
        why: "only staff list a profile; an expert's save is always a draft (SPEC §7)",
      },
      {
        field: 'user',
        write: 'staff',
        why: 'a profile belongs to one expert account; an expert creates only their own',
      },
      {
        field: 'reviewStatus',
        write: 'server',
        why: 'set by the submit and review endpoints, which log and email each decision (SPEC §7)',
      },
      { field: 'submittedAt', write: 'server', why: 'recorded by the submit endpoint (SPEC §7)' },
      {
        field: 'reviewMessage',
        read: 'ownerAndStaff',
        write: 'server',
        why: "the vetting decision's message to the expert, never shown to advocates (SPEC §7)",
      },
      {
        field: 'reviewLog',
        read: 'staff',
        write: 'server',
        why: 'every vetting decision with its reviewer, written by the review endpoint (SPEC §7)',
      },
      { field: 'staffNotes', read: 'staff', write: 'staff', why: 'staff vetting notes' },
      {
        field: 'assignee',
        read: 'staff',
        write: 'staff',
        why: 'who on staff has the item; staff accounts only',
      },
    ],
    refusals: [
      {
        operations: ['duplicate'],
        roles: ['expert', 'staff', 'admin'],
        kind: 'validation',
        why: 'one profile per expert account (unique user)',
      },
    ],
  }),
  collection({
    slug: 'expert-documents',
    isUpload: true,
    own: { read: 'files they uploaded', write: 'files they uploaded (duplicate)' },
    // SPEC §7, §10: an expert's CV is for the expert and the staff who vet them; advocates see the
    // profile, never its files, and no file has a public URL (the file route follows read access).
    read: rule({ expert: 'own', staffAndAdmin: 'allow' }),
    create: rule({ expert: 'allow', staffAndAdmin: 'allow' }),
    update: staffOnly,
    delete: staffOnly,
    // A copy is another upload of their own (the uploader is recorded from the session).
    duplicate: rule({ expert: 'own', staffAndAdmin: 'allow' }),
    fields: [
      {
        field: 'uploadedBy',
        write: 'staff',
        create: 'server',
        why: 'recorded from the session; staff may correct it',
      },
    ],
  }),
  collection({
    slug: 'program-news',
    isVersioned: true,
    published: 'published items (drafts and draft versions stay with staff)',
    read: rule({ everyone: 'published', staffAndAdmin: 'allow' }),
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
    duplicate: nobody,
    refusals: [
      {
        operations: ['duplicate'],
        roles: ['staff', 'admin'],
        kind: 'validation',
        why: 'a copy repeats the unique slug',
      },
    ],
  }),
  vocabulary('countries'),
  vocabulary('persecution-types'),
  vocabulary('document-types'),
  vocabulary('procedural-stages'),
  vocabulary('topics'),
  vocabulary('relief-types'),
  vocabulary('courts'),
  vocabulary('adjudicators'),
  collection({
    slug: 'assistance-requests',
    own: {
      read: 'requests on cases they own or that are shared with them (a request and its reply are case data)',
      write: 'requests on cases they own or that are shared with them (duplicate)',
      create: 'on cases they own or that are shared with them',
    },
    read: rule({ advocates: 'own', staffAndAdmin: 'allow' }),
    create: rule({ advocates: 'own', staffAndAdmin: 'allow' }),
    update: staffOnly,
    delete: staffOnly,
    duplicate: rule({ advocates: 'own', staffAndAdmin: 'allow' }),
    fields: [
      { field: 'staffNotes', read: 'staff', write: 'staff', why: 'staff working notes' },
      { field: 'status', write: 'staff', why: 'the staff queue' },
      {
        field: 'assignee',
        read: 'staff',
        write: 'staff',
        why: 'who on staff has the item; staff accounts only',
      },
      {
        field: 'staffReply',
        write: 'staff',
        why: 'staff answer the case team; saving one marks the request answered and emails a link',
      },
      {
        field: 'staffRepliedAt',
        write: 'server',
        why: 'dated by the server when a reply is saved',
      },
      {
        field: 'submittedBy',
        write: 'staff',
        create: 'server',
        why: 'recorded from the session; staff may correct it',
      },
    ],
  }),
  collection({
    slug: 'resource-submissions',
    own: { read: 'submissions they sent', write: 'submissions they sent' },
    read: rule({ signedIn: 'own', staffAndAdmin: 'allow' }),
    create: rule({ signedIn: 'allow' }),
    update: staffOnly,
    delete: staffOnly,
    duplicate: rule({ signedIn: 'own', staffAndAdmin: 'allow' }),
    fields: [
      { field: 'staffNotes', read: 'staff', write: 'staff', why: 'staff working notes' },
      { field: 'status', write: 'staff', why: 'the staff queue' },
      {
        field: 'assignee',
        read: 'staff',
        write: 'staff',
        why: 'who on staff has the item; staff accounts only',
      },
      {
        field: 'staffReply',
        write: 'staff',
        why: 'staff answer the sender, who reads it with the submission; saving one emails it',
      },
      {
        field: 'staffRepliedAt',
        write: 'server',
        why: 'dated by the server when a reply is saved',
      },
      {
        field: 'submittedBy',
        write: 'staff',
        create: 'server',
        why: 'recorded from the session; staff may correct it',
      },
    ],
  }),
  collection({
    slug: 'feedback',
    read: staffOnly,
    // The feedback link is on every page, guests included (SPEC §8).
    create: rule({ everyone: 'allow' }),
    update: staffOnly,
    delete: staffOnly,
    duplicate: staffOnly,
    fields: [
      { field: 'status', write: 'staff', why: 'the staff queue' },
      {
        field: 'assignee',
        read: 'staff',
        write: 'staff',
        why: 'who on staff has the item; staff accounts only',
      },
      {
        field: 'staffReply',
        write: 'staff',
        why: 'staff answer the sender by email (reply address, else their account)',
      },
      {
        field: 'staffRepliedAt',
        write: 'server',
        why: 'dated by the server when a reply is saved',
      },
      {
        field: 'submittedBy',
        write: 'staff',
        create: 'server',
        why: 'recorded from the session; staff may correct it',
      },
    ],
  }),
  collection({
    slug: 'access-events',
    // SPEC §9: append-only; written by the server, read by staff, edited or deleted by nobody.
    read: staffOnly,
    create: nobody,
    update: nobody,
    delete: nobody,
    duplicate: nobody,
  }),
  collection({
    slug: 'payload-jobs',
    read: staffOnly,
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
    duplicate: staffOnly,
  }),
  collection({
    slug: 'payload-locked-documents',
    // The admin panel's edit locks: staff only (SPEC §1: only staff use the admin panel).
    read: staffOnly,
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
    duplicate: staffOnly,
  }),
  collection({
    slug: 'payload-preferences',
    own: { read: 'their own preferences', write: 'their own preferences' },
    // Admin-panel preferences: staff only, and each person only their own (even admins).
    read: rule({ staffAndAdmin: 'own' }),
    create: rule({ staffAndAdmin: 'own' }),
    update: rule({ staffAndAdmin: 'own' }),
    delete: rule({ staffAndAdmin: 'own' }),
    duplicate: rule({ staffAndAdmin: 'own' }),
    knownGaps: [
      {
        operations: ['delete'],
        roles: ['staff', 'admin'],
        surfaces: ['REST'],
        note: 'DELETE /api/payload-preferences/:key answers 500, not 404, for a key the caller does not have (Payload behaviour; no data is touched)',
      },
    ],
  }),
  collection({
    slug: 'payload-kv',
    // Payload's key-value store for server code; no API caller reads or writes it.
    read: nobody,
    create: nobody,
    update: nobody,
    delete: nobody,
    duplicate: nobody,
  }),
]

/**
 * Gaps outside the collection × operation matrix: whole workflows (tests/int/authorization) the code
 * does not yet get right. Each names the test it turns into a todo; remove it once fixed.
 */
export const workflowGaps: { test: string; note: string }[] = []

export const policyFor = (slug: PolicySlug): CollectionPolicy => {
  const found = policy.find((entry) => entry.slug === slug)
  if (!found) throw new Error(`No policy for ${slug}`)
  return found
}

export const outcomeOf = ({
  slug,
  operation,
  role,
}: {
  slug: PolicySlug
  operation: PolicyOperation
  role: PolicyRole
}): Outcome | undefined => policyFor(slug).operations[operation]?.[role]

// ---------------------------------------------------------------------------------------------
// README access table
// ---------------------------------------------------------------------------------------------

const roleHeadings: Record<PolicyRole, string> = {
  guest: 'guest',
  ownerAdvocate: 'advocate (owner)',
  sharedAdvocate: 'advocate (shared)',
  otherAdvocate: 'advocate (other case)',
  noCaseAdvocate: 'advocate (no case)',
  expert: 'expert',
  staff: 'staff',
  admin: 'admin',
}

// How operations are named in the table, folded where they always agree.
const operationGroups: { label: string; operations: PolicyOperation[] }[] = [
  { label: 'read', operations: ['list', 'get', 'count'] },
  { label: 'create', operations: ['create'] },
  { label: 'update', operations: ['update', 'bulkUpdate'] },
  { label: 'delete', operations: ['delete', 'bulkDelete'] },
  { label: 'duplicate', operations: ['duplicate'] },
  { label: 'versions', operations: ['versions'] },
  { label: 'file', operations: ['fileDownload'] },
]

const outcomeWords: Record<Outcome, string> = {
  allow: '',
  own: ' (own)',
  published: ' (published)',
  deny: '',
}

/** How a field rule reads in the README: "read and written by staff only", "written by …". */
const describeField = (field: FieldRule) => {
  const writer = field.write === 'server' ? 'the server' : field.write
  if (field.read === 'staff' && field.write === 'staff') return 'read and written by staff only'
  const reader = {
    staff: 'read by staff only, ',
    ownerAndStaff: 'read by its owner and staff only, ',
  }
  return `${field.read ? reader[field.read] : ''}written by ${writer} only`
}

/** One table cell: the operations a role may perform, with their limits; "–" when none. */
export const summarizeCell = (entry: CollectionPolicy, role: PolicyRole): string => {
  const parts = operationGroups.flatMap((group) => {
    const present = group.operations.filter((operation) => entry.operations[operation])
    const allowed = present.filter((operation) => entry.operations[operation]![role] !== 'deny')
    const outcomes = new Set(present.map((operation) => entry.operations[operation]![role]))
    // Operations that always agree fold into the group's name ("read" for list, get and count).
    if (allowed.length > 0 && allowed.length === present.length && outcomes.size === 1) {
      return [`${group.label}${outcomeWords[entry.operations[present[0]]![role]]}`]
    }
    return allowed.map(
      (operation) => `${operation}${outcomeWords[entry.operations[operation]![role]]}`,
    )
  })
  return parts.length === 0 ? '–' : parts.join(', ')
}

/** The README's access table (collection × role), then what "own"/"published" mean and the gaps. */
export const renderAccessTable = (entries: readonly CollectionPolicy[] = policy): string => {
  const header = ['Collection', ...policyRoles.map((role) => roleHeadings[role])]
  const rows = entries.map((entry) => [
    `\`${entry.slug}\``,
    ...policyRoles.map((role) => summarizeCell(entry, role)),
  ])
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  const table = [line(header), line(header.map(() => '---')), ...rows.map(line)]
  const meanings = entries.flatMap((entry) => {
    const notes = [
      entry.own?.read && `read own = ${entry.own.read}`,
      entry.own?.write && `write own = ${entry.own.write}`,
      entry.own?.create && `create own = ${entry.own.create}`,
      entry.published && `published = ${entry.published}`,
      ...entry.fields.map((field) => `\`${field.field}\`: ${describeField(field)} (${field.why})`),
    ].filter(Boolean)
    return notes.length === 0 ? [] : [`- \`${entry.slug}\`: ${notes.join('; ')}.`]
  })
  const gaps = entries.flatMap((entry) =>
    entry.knownGaps.map(
      (gap) =>
        `- \`${entry.slug}\` ${gap.operations.join('/')} by ${gap.roles.join(', ')}: ${gap.note}`,
    ),
  )
  return [
    ...table,
    '',
    ...meanings,
    ...(gaps.length === 0 ? [] : ['', 'Known gaps (the code does not do this yet):', ...gaps]),
    '',
  ].join('\n')
}

const TABLE_START =
  '<!-- access-table:start (generated from tests/helpers/authorization/policy.ts: npm run docs:access) -->'
const TABLE_END = '<!-- access-table:end -->'

/** README text with the generated table between its markers (prettier leaves it alone). */
export const accessTableInReadme = (readme: string, table: string) => {
  const start = readme.indexOf(TABLE_START)
  const end = readme.indexOf(TABLE_END)
  const block = `${TABLE_START}\n<!-- prettier-ignore-start -->\n${table.trim()}\n<!-- prettier-ignore-end -->\n${TABLE_END}`
  if (start === -1 || end === -1) throw new Error('README.md has no access-table markers')
  return readme.slice(0, start) + block + readme.slice(end + TABLE_END.length)
}
