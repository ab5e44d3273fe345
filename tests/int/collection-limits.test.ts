import config from '@payload-config'
import type { CollectionConfig, Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { nobodyField } from '@/access/nobody'
import { AccessEvents } from '@/collections/AccessEvents'
import { AssistanceRequests } from '@/collections/AssistanceRequests'
import { Cases } from '@/collections/Cases'
import { caseLimits } from '@/collections/Cases/options'
import { DecisionDocuments } from '@/collections/DecisionDocuments'
import { ExpertDocuments } from '@/collections/ExpertDocuments'
import { Experts } from '@/collections/Experts'
import { Feedback } from '@/collections/Feedback'
import { Media } from '@/collections/Media'
import { Organizations } from '@/collections/Organizations'
import { Outcomes } from '@/collections/Outcomes'
import { ProgramNews } from '@/collections/ProgramNews'
import { ResourceFiles } from '@/collections/ResourceFiles'
import { Resources } from '@/collections/Resources'
import { ResourceSubmissions } from '@/collections/ResourceSubmissions'
import { slugs } from '@/collections/slugs'
import { Users } from '@/collections/Users'
import { vocabularyCollections } from '@/collections/Vocabularies'
import { idsBySlug } from '@/seed/seed-vocabularies'

import { makeAccounts, type TestAccount } from '../helpers/accounts'
import { getTestPayload, graphql, rest } from '../helpers/payload'

/** The collections as we declare them (before Payload adds its own auth and upload fields). */
const declared: CollectionConfig[] = [
  Cases,
  Outcomes,
  DecisionDocuments,
  ExpertDocuments,
  Resources,
  ResourceFiles,
  ProgramNews,
  Media,
  Experts,
  AssistanceRequests,
  ResourceSubmissions,
  Feedback,
  AccessEvents,
  Users,
  Organizations,
  ...vocabularyCollections,
]

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
    const org = await payload.create({
      collection: 'organizations',
      overrideAccess: true,
      data: { name: `Limits org ${unique}`, kind: 'nonprofit' },
    })
    ;({ admin, owner } = await makeAccounts({
      payload,
      unique,
      password: 'collection limits passphrase',
      organization: org.id,
      roles: { admin: 'admin', owner: 'advocate' },
    }))
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

  it.each(restWritable.filter((f) => !ownMessage[key(f)]).map((f) => [key(f), f] as const))(
    'should answer 400 naming %s when a POST is one character over its limit, and store nothing',
    async (_name, f) => {
      const before = await countAll(f.collection)
      const res = await rest('POST', `/${f.collection}`, {
        token: admin.token,
        body: { ...baseDocument(f.collection, unique), ...f.place(tooLong(f)) },
      })
      expect(res.status).toBe(400)
      const errors = (res.json.errors?.[0]?.data?.errors ?? []) as {
        path: string
        message: string
      }[]
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
      const before = await countAll(f.collection)
      const res = await rest('POST', `/${f.collection}`, {
        token: admin.token,
        body: { ...baseDocument(f.collection, unique), ...f.place(tooLong(f)) },
      })
      expect(res.status).toBe(400)
      const errors = (res.json.errors?.[0]?.data?.errors ?? []) as { path: string }[]
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
