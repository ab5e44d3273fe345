import config from '@payload-config'
import type { CollectionConfig, Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { nobodyField } from '@/access/nobody'
import { declaredCollections } from '@/collections'
import { caseLimits } from '@/collections/Cases/options'
import { slugs } from '@/collections/slugs'
import { idsBySlug } from '@/seed/seed-vocabularies'

import { makeOrganizationAccounts, type TestAccount } from '../helpers/accounts'
import { getTestPayload, graphql, rest } from '../helpers/payload'

/** The collections as we declare them (before Payload adds its own auth and upload fields). */
const declared: CollectionConfig[] = declaredCollections

/** Fields refused in their own words rather than the shared limit message, and why. */
const ownMessage: Record<string, string> = {
  'users.password':
    'the password policy refuses a long password in its own words, without echoing its length',
}

/** The rest of a document a request needs, so the limit is the only thing refused. */
const baseDocument = (collection: string, unique: string): Record<string, unknown> =>
  collection === slugs.users
    ? {
        email: `limit-${unique}@test.example`,
        password: 'collection limits base passphrase',
        name: 'Limit Base',
        role: 'staff',
      }
    : {}

/** Fields with no limit of their own, and why that is safe. */
const unlimited: Record<string, string> = {
  'users.sessions':
    'Payload’s login sessions: written by login only (create access is closed), pruned by Payload',
}

type Limited = {
  collection: string
  /** Dotted path through named fields, e.g. `deadlines.label`, `contact.phone`. */
  path: string
  /** Where Payload reports an error for a value in the first row: `deadlines.0.label`. */
  errorPath: string
  field: Field
  /** Builds a document holding `value` at this field. */
  place: (value: unknown) => Record<string, unknown>
  /** The field, or a field around it, is never written by a request (server code writes it). */
  isServerWritten: boolean
}

const walk = (
  collection: string,
  fields: Field[],
  prefix = { path: '', errorPath: '', place: (v: unknown) => v as Record<string, unknown> },
  isServerWritten = false,
): Limited[] =>
  fields.flatMap((field): Limited[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? walk(collection, tab.fields, nest(prefix, tab.name, 'group'), isServerWritten)
          : walk(collection, tab.fields, prefix, isServerWritten),
      )
    }
    if (!('name' in field) || !field.name) {
      return 'fields' in field ? walk(collection, field.fields, prefix, isServerWritten) : []
    }
    // A virtual field derived from another row (`virtual: 'case.caseNumber'`) or filled by a read
    // hook has no column, and Payload drops what a request sends for it; only `password`, which
    // Payload reads from the submitted data, is a virtual field a request writes.
    if ('virtual' in field && field.virtual && field.name !== 'password') return []
    const closed = isServerWritten || ('access' in field && field.access?.create === nobodyField)
    const own: Limited = {
      collection,
      path: `${prefix.path}${field.name}`,
      errorPath: `${prefix.errorPath}${field.name}`,
      field,
      place: (value) => prefix.place({ [field.name]: value }),
      isServerWritten: closed,
    }
    if (field.type === 'array') {
      return [own, ...walk(collection, field.fields, nest(prefix, field.name, 'array'), closed)]
    }
    if (field.type === 'group') {
      return walk(collection, field.fields, nest(prefix, field.name, 'group'), closed)
    }
    return [own]
  })

const nest = (
  prefix: { path: string; errorPath: string; place: (v: unknown) => Record<string, unknown> },
  name: string,
  kind: 'array' | 'group',
) => ({
  path: `${prefix.path}${name}.`,
  errorPath: `${prefix.errorPath}${name}.${kind === 'array' ? '0.' : ''}`,
  place: (value: unknown) => prefix.place({ [name]: kind === 'array' ? [value] : value }),
})

const all = declared.flatMap((collection) => walk(collection.slug, collection.fields))
const key = (f: Limited) => `${f.collection}.${f.path}`
const isText = (f: Limited) => f.field.type === 'text' || f.field.type === 'textarea'
const textFields = all.filter((f) => isText(f) && !unlimited[key(f)])
const countedFields = all.filter(
  (f) =>
    (f.field.type === 'array' || (f.field.type === 'text' && f.field.hasMany)) &&
    !unlimited[key(f)],
)

const maxLengthOf = (f: Limited) => ('maxLength' in f.field ? f.field.maxLength : undefined)
const maxRowsOf = (f: Limited) => ('maxRows' in f.field ? f.field.maxRows : undefined)

/** A value one character over the field's limit (one entry for a many-valued text). */
const tooLong = (f: Limited) => {
  const text = 'x'.repeat((maxLengthOf(f) ?? 0) + 1)
  return 'hasMany' in f.field && f.field.hasMany ? [text] : text
}

const uploadSlugs = new Set(declared.filter((c) => c.upload).map((c) => c.slug))
/** Nobody creates these over the API at all; server code writes them. */
const serverOnlySlugs = new Set<string>([slugs.accessEvents])

describe('collection limits (swept from the collection configs)', () => {
  it('should sweep every collection the app declares', async () => {
    const appSlugs = (await config).collections
      .map((c) => c.slug)
      .filter((slug) => !slug.startsWith('payload-'))
      .sort()
    expect(declared.map((c) => c.slug).sort()).toEqual(appSlugs)
    expect(textFields.length).toBeGreaterThan(40)
  })

  it('should give every text and textarea field a maxLength', () => {
    const missing = textFields.filter((f) => typeof maxLengthOf(f) !== 'number').map(key)
    expect(missing).toEqual([])
  })

  it('should give every array and many-valued text field a maxRows', () => {
    const missing = countedFields.filter((f) => typeof maxRowsOf(f) !== 'number').map(key)
    expect(missing).toEqual([])
  })

  it('should keep a reason for each field left without a limit', () => {
    const known = new Set(all.map(key))
    expect(Object.keys(unlimited).filter((name) => !known.has(name))).toEqual([])
  })
})

describe('collection limits over REST, GraphQL and the Local API', () => {
  let payload: Payload
  let admin: TestAccount
  let owner: TestAccount
  let vocab: { country: number; persecution: number; relief: number }
  const unique = `lim${Date.now().toString(36)}`

  const countAll = (collection: string) =>
    payload
      .count({ collection: collection as 'cases', overrideAccess: true })
      .then((r) => r.totalDocs)

  beforeAll(async () => {
    payload = await getTestPayload()
    ;({ admin, owner } = (
      await makeOrganizationAccounts({
        payload,
        unique,
        password: 'collection limits passphrase',
        organizationName: `Limits org ${unique}`,
        roles: { admin: 'admin', owner: 'advocate' },
      })
    ).accounts)
    const [country, persecution, relief] = await Promise.all([
      idsBySlug(payload, 'countries'),
      idsBySlug(payload, 'persecution-types'),
      idsBySlug(payload, 'relief-types'),
    ])
    vocab = {
      country: country('guatemala'),
      persecution: persecution('domestic-violence'),
      relief: relief('asylum'),
    }
  })

  const restWritable = textFields.filter(
    (f) =>
      !f.isServerWritten && !uploadSlugs.has(f.collection) && !serverOnlySlugs.has(f.collection),
  )

  /** POSTs a document with `f` one over its limit as an admin: the count before, the answer, its errors. */
  const postOverLimit = async (f: (typeof restWritable)[number]) => {
    const before = await countAll(f.collection)
    const res = await rest('POST', `/${f.collection}`, {
      token: admin.token,
      body: { ...baseDocument(f.collection, unique), ...f.place(tooLong(f)) },
    })
    const errors = (res.json.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]
    return { before, res, errors }
  }

  it.each(restWritable.filter((f) => !ownMessage[key(f)]).map((f) => [key(f), f] as const))(
    'should answer 400 naming %s when a POST is one character over its limit, and store nothing',
    async (_name, f) => {
      const { before, res, errors } = await postOverLimit(f)
      expect(res.status).toBe(400)
      const limit = (maxLengthOf(f) ?? 0).toLocaleString('en-US')
      const length = ((maxLengthOf(f) ?? 0) + 1).toLocaleString('en-US')
      expect(errors.find((e) => e.path === f.errorPath)?.message).toMatch(
        new RegExp(
          ` is ${length} characters; the limit is ${limit}\\. Shorten it and save again\\.$`,
        ),
      )
      expect(await countAll(f.collection)).toBe(before)
    },
  )

  it.each(restWritable.filter((f) => ownMessage[key(f)]).map((f) => [key(f), f] as const))(
    'should answer 400 naming %s when a POST is over its limit, in its own words',
    async (_name, f) => {
      const { before, res, errors } = await postOverLimit(f)
      expect(res.status).toBe(400)
      expect(errors.map((e) => e.path)).toContain(f.errorPath)
      expect(await countAll(f.collection)).toBe(before)
    },
  )

  it.each(textFields.filter((f) => !restWritable.includes(f)).map((f) => [key(f), f] as const))(
    'should refuse %s one character over its limit when server code writes it',
    async (_name, f) => {
      const sanitized = payload.collections[f.collection as 'cases'].config
      const field = findField(sanitized.fields, f.path.split('.'))
      const result = await (field as { validate: (v: unknown, o: unknown) => unknown }).validate(
        tooLong(f),
        { ...field, req: { payload, t: (k: string) => k }, data: {}, siblingData: {} },
      )
      expect(result).toMatch(/ characters; the limit is [\d,]+\. Shorten it and save again\.$/)
    },
  )

  it.each(countedFields.map((f) => [key(f), f] as const))(
    'should refuse %s one entry over its maxRows',
    async (_name, f) => {
      const sanitized = payload.collections[f.collection as 'cases'].config
      const field = findField(sanitized.fields, f.path.split('.'))
      const rows = Array.from({ length: (maxRowsOf(f) ?? 0) + 1 }, (_, i) =>
        f.field.type === 'array' ? {} : `entry ${i}`,
      )
      const result = await (field as { validate: (v: unknown, o: unknown) => unknown }).validate(
        rows,
        { ...field, req: { payload, t: (k: string) => k }, data: {}, siblingData: {} },
      )
      expect(result).toMatch(/ entries; the limit is [\d,]+\. Remove some and save again\.$/)
    },
  )

  const caseData = (facts: string) => ({
    country: vocab.country,
    persecutionTypes: [vocab.persecution],
    reliefSought: [vocab.relief],
    facts,
  })

  it('should store a case whose facts are exactly at the limit, and refuse one character more with 400 and nothing stored', async () => {
    const atLimit = await rest('POST', '/cases', {
      token: owner.token,
      body: caseData('a'.repeat(caseLimits.facts)),
    })
    expect(atLimit.status).toBe(201)
    const before = await countAll('cases')
    const over = await rest('POST', '/cases', {
      token: owner.token,
      body: caseData('a'.repeat(29_000)),
    })
    expect(over.status).toBe(400)
    expect(over.json.errors[0].message).toContain('Facts of the claim')
    expect(over.json.errors[0].data.errors).toMatchObject([
      {
        path: 'facts',
        message:
          'Facts of the claim is 29,000 characters; the limit is 5,000. Shorten it and save again.',
      },
    ])
    expect(await countAll('cases')).toBe(before)
  })

  it('should refuse a PATCH over the limit with 400 and keep the stored facts', async () => {
    const created = await payload.create({
      collection: 'cases',
      data: { ...caseData('Original facts.'), owner: owner.user.id },
      overrideAccess: true,
    })
    const res = await rest('PATCH', `/cases/${created.id}`, {
      token: owner.token,
      body: { facts: 'b'.repeat(5_001) },
    })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].path).toBe('facts')
    const stored = await payload.findByID({
      collection: 'cases',
      id: created.id,
      overrideAccess: true,
    })
    expect(stored.facts).toBe('Original facts.')
  })

  it('should refuse a GraphQL createCase over the limit, naming the field, and store nothing', async () => {
    const before = await countAll('cases')
    const res = await graphql(
      `
        mutation ($data: mutationCaseInput!) {
          createCase(data: $data) {
            id
          }
        }
      `,
      { token: owner.token, variables: { data: caseData('c'.repeat(29_000)) } },
    )
    expect(res.json.data?.createCase ?? null).toBeNull()
    expect(res.json.errors[0].extensions.statusCode).toBe(400)
    expect(res.json.errors[0].extensions.data.errors[0]).toMatchObject({
      path: 'facts',
      message:
        'Facts of the claim is 29,000 characters; the limit is 5,000. Shorten it and save again.',
    })
    expect(await countAll('cases')).toBe(before)
  })
})

/** Who fills the form: each request below is theirs, as the portal's would be. */
type Person = 'owner' | 'expert' | 'admin' | 'guest'

type FormLimit = {
  /** The portal form that shows the limit, and the field as it names it. */
  form: string
  collection:
    | 'cases'
    | 'outcomes'
    | 'experts'
    | 'assistance-requests'
    | 'resource-submissions'
    | 'feedback'
    | 'users'
    | 'organizations'
  as: Person
  /** The value one over the limit, placed in an otherwise acceptable document. */
  over: Record<string, unknown>
  /** Where Payload reports the refusal, and its words. */
  path: string
  message: string
}

const rows = <T>(count: number, row: (i: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => row(i))
const chars = (count: number) => 'x'.repeat(count)
/** Each refusal's field and words (Payload adds the field's label path, which the admin shows). */
const refusals = (errors: { path: string; message: string }[]) =>
  errors.map(({ path, message }) => ({ path, message }))

/**
 * Every limit a portal form shows (its character count or its hint), one over, as the collection
 * refuses it for the person who fills that form. REST, GraphQL and the admin panel share these
 * validators, so each row is also the admin panel's and GraphQL's answer.
 */
const formLimits: FormLimit[] = [
  {
    form: 'intake: Applicant’s language',
    collection: 'cases',
    as: 'owner',
    over: { language: chars(81) },
    path: 'language',
    message: "Applicant's language is 81 characters; the limit is 80. Shorten it and save again.",
  },
  {
    form: 'intake: Other deadlines',
    collection: 'cases',
    as: 'owner',
    over: { deadlines: rows(21, (i) => ({ label: `Deadline ${i}`, date: '2027-01-04' })) },
    path: 'deadlines',
    message: 'Deadlines has 21 entries; the limit is 20. Remove some and save again.',
  },
  {
    form: 'intake: Deadline: what is due',
    collection: 'cases',
    as: 'owner',
    over: { deadlines: [{ label: chars(121), date: '2027-01-04' }] },
    path: 'deadlines.0.label',
    message: 'Label is 121 characters; the limit is 120. Shorten it and save again.',
  },
  {
    form: 'intake: Facts of the claim',
    collection: 'cases',
    as: 'owner',
    over: { facts: chars(5_001) },
    path: 'facts',
    message:
      'Facts of the claim is 5,001 characters; the limit is 5,000. Shorten it and save again.',
  },
  {
    form: 'outcome: More about the arguments',
    collection: 'outcomes',
    as: 'owner',
    over: { argumentsText: chars(5_001) },
    path: 'argumentsText',
    message: 'Arguments made is 5,001 characters; the limit is 5,000. Shorten it and save again.',
  },
  {
    form: 'outcome: More about the evidence',
    collection: 'outcomes',
    as: 'owner',
    over: { persuasiveEvidenceText: chars(5_001) },
    path: 'persuasiveEvidenceText',
    message:
      'Evidence found persuasive is 5,001 characters; the limit is 5,000. Shorten it and save again.',
  },
  {
    form: 'outcome: The adjudicator’s rationale',
    collection: 'outcomes',
    as: 'owner',
    over: { rationale: chars(5_001) },
    path: 'rationale',
    message: 'Rationale is 5,001 characters; the limit is 5,000. Shorten it and save again.',
  },
  {
    form: 'outcome: Additional information',
    collection: 'outcomes',
    as: 'owner',
    over: { additionalInformation: chars(5_001) },
    path: 'additionalInformation',
    message:
      'Additional Information is 5,001 characters; the limit is 5,000. Shorten it and save again.',
  },
  {
    form: 'outcome: experts (Add another expert, up to the limit)',
    collection: 'outcomes',
    as: 'owner',
    over: { expertFeedback: rows(11, (i) => ({ expertName: `Expert ${i}` })) },
    path: 'expertFeedback',
    message: 'Expert Feedback has 11 entries; the limit is 10. Remove some and save again.',
  },
  {
    form: 'outcome: Expert’s name',
    collection: 'outcomes',
    as: 'owner',
    over: { expertFeedback: [{ expertName: chars(201) }] },
    path: 'expertFeedback.0.expertName',
    message: 'Expert Name is 201 characters; the limit is 200. Shorten it and save again.',
  },
  {
    form: 'outcome: Your feedback on the expert',
    collection: 'outcomes',
    as: 'owner',
    over: { expertFeedback: [{ expertName: 'Dr. Feedback', feedback: chars(3_001) }] },
    path: 'expertFeedback.0.feedback',
    message: 'Feedback is 3,001 characters; the limit is 3,000. Shorten it and save again.',
  },
  {
    form: 'expert profile: Name as advocates will see it',
    collection: 'experts',
    as: 'expert',
    over: { displayName: chars(201) },
    path: 'displayName',
    message: 'Name is 201 characters; the limit is 200. Shorten it and save again.',
  },
  {
    form: 'expert profile: Credentials and experience',
    collection: 'experts',
    as: 'expert',
    over: { credentials: chars(5_001) },
    path: 'credentials',
    message: 'Credentials is 5,001 characters; the limit is 5,000. Shorten it and save again.',
  },
  {
    form: 'expert profile: Countries of expertise',
    collection: 'experts',
    as: 'expert',
    over: { countries: 'sixty-one countries' },
    path: 'countries',
    message: 'Countries of expertise has 61 entries; the limit is 60. Remove some and save again.',
  },
  {
    form: 'expert profile: Regions of expertise',
    collection: 'experts',
    as: 'expert',
    over: { regions: rows(51, (i) => `Region ${i}`) },
    path: 'regions',
    message: 'Regions of expertise has 51 entries; the limit is 50. Remove some and save again.',
  },
  {
    form: 'expert profile: Languages you work in (how many)',
    collection: 'experts',
    as: 'expert',
    over: { languages: rows(21, (i) => `Language ${i}`) },
    path: 'languages',
    message: 'Languages has 21 entries; the limit is 20. Remove some and save again.',
  },
  {
    form: 'expert profile: Languages you work in (each one)',
    collection: 'experts',
    as: 'expert',
    over: { languages: [chars(61)] },
    path: 'languages',
    message: 'Languages is 61 characters; the limit is 60. Shorten it and save again.',
  },
  {
    form: 'expert profile: Notes on fees',
    collection: 'experts',
    as: 'expert',
    over: { feeNotes: chars(301) },
    path: 'feeNotes',
    message: 'Fee Notes is 301 characters; the limit is 300. Shorten it and save again.',
  },
  {
    form: 'expert profile: Location',
    collection: 'experts',
    as: 'expert',
    over: { location: chars(201) },
    path: 'location',
    message: 'Location is 201 characters; the limit is 200. Shorten it and save again.',
  },
  {
    form: 'expert profile: Phone',
    collection: 'experts',
    as: 'expert',
    over: { contact: { phone: chars(41) } },
    path: 'contact.phone',
    message: 'Phone is 41 characters; the limit is 40. Shorten it and save again.',
  },
  {
    form: 'expert profile: Website',
    collection: 'experts',
    as: 'expert',
    over: { contact: { website: `https://${chars(293)}` } },
    path: 'contact.website',
    message: 'Website is 301 characters; the limit is 300. Shorten it and save again.',
  },
  {
    form: 'assistance: Subject',
    collection: 'assistance-requests',
    as: 'owner',
    over: { subject: chars(201) },
    path: 'subject',
    message: 'Subject is 201 characters; the limit is 200. Shorten it and save again.',
  },
  {
    form: 'assistance: What do you need help with?',
    collection: 'assistance-requests',
    as: 'owner',
    over: { message: chars(5_001) },
    path: 'message',
    message: 'Message is 5,001 characters; the limit is 5,000. Shorten it and save again.',
  },
  {
    form: 'submit a resource: Title',
    collection: 'resource-submissions',
    as: 'owner',
    over: { title: chars(301) },
    path: 'title',
    message: 'Title is 301 characters; the limit is 300. Shorten it and save again.',
  },
  {
    form: 'submit a resource: Description',
    collection: 'resource-submissions',
    as: 'owner',
    over: { description: chars(5_001) },
    path: 'description',
    message: 'Description is 5,001 characters; the limit is 5,000. Shorten it and save again.',
  },
  {
    form: 'feedback (signed in or not): Your feedback',
    collection: 'feedback',
    as: 'guest',
    over: { message: chars(5_001) },
    path: 'message',
    message: 'Message is 5,001 characters; the limit is 5,000. Shorten it and save again.',
  },
  {
    form: 'registration: Your name',
    collection: 'users',
    as: 'guest',
    over: { name: chars(201) },
    path: 'name',
    message: 'Name is 201 characters; the limit is 200. Shorten it and save again.',
  },
  {
    // The registration form names a new organization; over the API only staff create one.
    form: 'registration and settings: Organization',
    collection: 'organizations',
    as: 'admin',
    over: { name: chars(201) },
    path: 'name',
    message: 'Name is 201 characters; the limit is 200. Shorten it and save again.',
  },
]

describe('the limits the portal forms show, refused by the collections for the people who fill them', () => {
  let payload: Payload
  let people: Record<Exclude<Person, 'guest'>, TestAccount>
  let caseId: number
  let organizationId: number
  let sixtyOneCountries: number[]
  let acceptable: Record<FormLimit['collection'], Record<string, unknown>>
  const unique = `flim${Date.now().toString(36)}`

  const countAll = (collection: string) =>
    payload
      .count({ collection: collection as 'cases', overrideAccess: true })
      .then((r) => r.totalDocs)

  /** The countries placeholder stands for 61 real country ids (known only once seeded). */
  const withIds = (over: Record<string, unknown>) =>
    over.countries === 'sixty-one countries' ? { ...over, countries: sixtyOneCountries } : over

  beforeAll(async () => {
    payload = await getTestPayload()
    const made = await makeOrganizationAccounts({
      payload,
      unique,
      password: 'form limits over rest passphrase',
      organizationName: `Form limits org ${unique}`,
      roles: { owner: 'advocate', expert: 'expert', admin: 'admin' },
    })
    organizationId = made.organization.id
    people = made.accounts
    const [country, persecution, relief] = await Promise.all([
      idsBySlug(payload, 'countries'),
      idsBySlug(payload, 'persecution-types'),
      idsBySlug(payload, 'relief-types'),
    ])
    const caseData = {
      country: country('guatemala'),
      persecutionTypes: [persecution('domestic-violence')],
      reliefSought: [relief('asylum')],
    }
    const theCase = await payload.create({
      collection: 'cases',
      // Fixture: the case the outcome and assistance forms are filled for.
      overrideAccess: true,
      data: { ...caseData, owner: people.owner.user.id },
    })
    caseId = theCase.id
    const countries = await payload.find({
      collection: 'countries',
      limit: 61,
      depth: 0,
      select: {},
      overrideAccess: true,
    })
    sixtyOneCountries = countries.docs.map((c) => c.id)
    expect(sixtyOneCountries).toHaveLength(61)
    acceptable = {
      cases: caseData,
      outcomes: {
        case: caseId,
        decisionDate: '2026-01-15',
        results: [{ relief: relief('asylum'), result: 'granted' }],
      },
      experts: { displayName: 'Dr. Limit Check' },
      'assistance-requests': { case: caseId, subject: 'Help', message: 'Please help.' },
      'resource-submissions': {
        title: 'A brief',
        description: 'A redacted brief.',
        clientPermission: true,
      },
      feedback: { category: 'library', message: 'The filters help.' },
      users: {
        email: `register-${unique}@test.example`,
        password: 'form limits over rest passphrase',
        name: 'Registering Expert',
        role: 'expert',
      },
      organizations: { name: `Another org ${unique}`, kind: 'nonprofit' },
    }
  })

  afterAll(async () => {
    // Fixtures made by trusted code are removed by trusted code.
    await payload.delete({ collection: 'cases', id: caseId, overrideAccess: true })
    await payload.delete({
      collection: 'users',
      where: { email: { like: unique } },
      overrideAccess: true,
    })
    await payload.delete({ collection: 'organizations', id: organizationId, overrideAccess: true })
  })

  it.each(formLimits.map((limit) => [limit.form, limit] as const))(
    'should answer 400 over REST for %s one over its limit, and store nothing',
    async (_form, limit) => {
      const before = await countAll(limit.collection)
      const res = await rest('POST', `/${limit.collection}`, {
        token: limit.as === 'guest' ? undefined : people[limit.as].token,
        body: { ...acceptable[limit.collection], ...withIds(limit.over) },
      })
      expect(res.status).toBe(400)
      expect(refusals(res.json.errors[0].data.errors)).toContainEqual({
        path: limit.path,
        message: limit.message,
      })
      expect(await countAll(limit.collection)).toBe(before)
    },
  )

  it('should store an expert profile at every limit the form shows (the rows above fail only by one)', async () => {
    const res = await rest('POST', '/experts', {
      token: people.expert.token,
      body: {
        displayName: chars(200),
        credentials: chars(5_000),
        countries: sixtyOneCountries.slice(0, 60),
        regions: rows(50, (i) => `Region ${i}`),
        languages: rows(20, (i) => `${chars(50)} ${i}`.slice(-60)),
        feeNotes: chars(300),
        location: chars(200),
        contact: { phone: chars(40), website: `https://${chars(292)}` },
      },
    })
    expect(res.status).toBe(201)
    expect(res.json.doc.countries).toHaveLength(60)
    await payload.delete({ collection: 'experts', id: res.json.doc.id, overrideAccess: true })
  })

  it('should refuse an expert’s GraphQL createExpert with 61 countries, naming the limit, and store nothing', async () => {
    const before = await countAll('experts')
    const res = await graphql(
      `
        mutation ($data: mutationExpertInput!) {
          createExpert(data: $data) {
            id
          }
        }
      `,
      {
        token: people.expert.token,
        // GraphQL's input type asks for the server-set fields too; the server replaces both.
        variables: {
          data: {
            displayName: 'Dr. Many Countries',
            countries: sixtyOneCountries,
            user: people.expert.user.id,
            reviewStatus: 'draft',
          },
        },
      },
    )
    expect(res.json.data?.createExpert ?? null).toBeNull()
    expect(res.json.errors[0].extensions.statusCode).toBe(400)
    expect(refusals(res.json.errors[0].extensions.data.errors)).toContainEqual({
      path: 'countries',
      message:
        'Countries of expertise has 61 entries; the limit is 60. Remove some and save again.',
    })
    expect(await countAll('experts')).toBe(before)
  })

  it('should refuse the Local API acting for the owner with 21 deadlines, naming the limit, and store nothing', async () => {
    const before = await countAll('cases')
    await expect(
      payload.create({
        collection: 'cases',
        data: {
          ...(acceptable.cases as { country: number }),
          owner: people.owner.user.id,
          deadlines: rows(21, (i) => ({ label: `Deadline ${i}`, date: '2027-01-04' })),
        },
        user: people.owner.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          {
            path: 'deadlines',
            message: 'Deadlines has 21 entries; the limit is 20. Remove some and save again.',
          },
        ],
      },
    })
    expect(await countAll('cases')).toBe(before)
  })

  it('should refuse an outcome dated tomorrow over REST, as the outcome form does, and store nothing', async () => {
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
    const before = await countAll('outcomes')
    const res = await rest('POST', '/outcomes', {
      token: people.owner.token,
      body: { ...acceptable.outcomes, decisionDate: tomorrow },
    })
    expect(res.status).toBe(400)
    expect(refusals(res.json.errors[0].data.errors)).toContainEqual({
      path: 'decisionDate',
      message: 'The decision date cannot be in the future.',
    })
    expect(await countAll('outcomes')).toBe(before)
  })

  it('should refuse a settings PATCH of the owner’s name at 201 characters and keep the stored name', async () => {
    const res = await rest('PATCH', `/users/${people.owner.user.id}`, {
      token: people.owner.token,
      body: { name: chars(201) },
    })
    expect(res.status).toBe(400)
    expect(refusals(res.json.errors[0].data.errors)).toContainEqual({
      path: 'name',
      message: 'Name is 201 characters; the limit is 200. Shorten it and save again.',
    })
    const stored = await payload.findByID({
      collection: 'users',
      id: people.owner.user.id,
      overrideAccess: true,
    })
    expect(stored.name).toBe('owner')
  })
})

/** A sanitized field by its path of names, through rows, tabs, groups and arrays. */
const findField = (fields: Field[], path: string[]): Field | undefined => {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inTab =
          'name' in tab && tab.name
            ? tab.name === path[0]
              ? findField(tab.fields, path.slice(1))
              : undefined
            : findField(tab.fields, path)
        if (inTab) return inTab
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      const inside = 'fields' in field ? findField(field.fields, path) : undefined
      if (inside) return inside
      continue
    }
    if (field.name !== path[0]) continue
    if (path.length === 1) return field
    return 'fields' in field ? findField(field.fields, path.slice(1)) : undefined
  }
  return undefined
}
