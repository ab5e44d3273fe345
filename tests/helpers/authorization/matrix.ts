import { isDeepStrictEqual } from 'node:util'

import { admitsRead, admitsWrite } from './blueprints'
import type { CreateVariant } from './collection'
import { matrixCollections } from './collections'
import type { FixtureRecord, Fixtures } from './fixtures'
import {
  policy,
  policyFor,
  policyRoles,
  type CollectionPolicy,
  type FieldRule,
  type Outcome,
  type PolicyOperation,
  type PolicyRole,
  type PolicySlug,
} from './policy'
import { surfaceNames, surfaces, type SurfaceName } from './surfaces'

/** One generated test: a role performs an operation on a collection over a surface. */
export type MatrixCase = {
  name: string
  slug: PolicySlug
  operation: PolicyOperation
  role: PolicyRole
  surface: SurfaceName
  outcome: Outcome
  /** Fixture records a known gap takes out of this test (listed as todos instead). */
  excludedRecords: string[]
}

// Payload's GraphQL API has no bulk mutations and no file route; files are served over REST only.
const surfacesFor = (slug: PolicySlug, operation: PolicyOperation): readonly SurfaceName[] => {
  if (operation === 'bulkUpdate' || operation === 'bulkDelete') return ['REST', 'Local API']
  if (operation === 'fileDownload') return ['REST']
  const unavailable = matrixCollections[slug].restUnavailable?.operations ?? []
  return surfaceNames.filter(
    (surface) => surface !== 'REST' || !(unavailable as string[]).includes(operation),
  )
}

const phrases: Record<PolicyOperation, string> = {
  list: 'list',
  get: 'get by id',
  count: 'count',
  create: 'create',
  update: 'update',
  delete: 'delete',
  bulkUpdate: 'bulk-update',
  bulkDelete: 'bulk-delete',
  versions: 'read versions of',
  duplicate: 'duplicate',
  fileDownload: 'download files of',
}

const nameOf = ({
  slug,
  operation,
  role,
  surface,
  outcome,
}: Omit<MatrixCase, 'name' | 'excludedRecords'>) => {
  const action = `${phrases[operation]} ${slug}`
  const text: Record<Outcome, string> = {
    allow: `should let ${role} ${action}`,
    own: `should let ${role} ${action}, only their own`,
    published: `should let ${role} ${action}, only published`,
    deny: `should refuse ${role} ${action}`,
  }
  return `${text[outcome]} over ${surface}`
}

const gapsFor = (
  entry: CollectionPolicy,
  operation: PolicyOperation,
  role: PolicyRole,
  surface: SurfaceName,
) =>
  entry.knownGaps.filter(
    (gap) =>
      gap.operations.includes(operation) &&
      gap.roles.includes(role) &&
      (!gap.surfaces || gap.surfaces.includes(surface)),
  )

/** Every test the policy implies, and the known gaps as todo names. */
export const buildMatrix = () => {
  const cases: MatrixCase[] = []
  const todos: string[] = []
  for (const entry of policy) {
    for (const [operation, outcomes] of Object.entries(entry.operations) as [
      PolicyOperation,
      Record<PolicyRole, Outcome>,
    ][]) {
      for (const role of policyRoles) {
        const outcome = outcomes[role]
        for (const surface of surfacesFor(entry.slug, operation)) {
          const name = nameOf({ slug: entry.slug, operation, role, surface, outcome })
          const gaps = gapsFor(entry, operation, role, surface)
          const wholeCellGap = gaps.find((gap) => !gap.records)
          if (wholeCellGap) {
            todos.push(`${name} [known gap: ${wholeCellGap.note}]`)
            continue
          }
          const excludedRecords = gaps.flatMap((gap) => gap.records ?? [])
          cases.push({ name, slug: entry.slug, operation, role, surface, outcome, excludedRecords })
          for (const gap of gaps) {
            todos.push(`${name}, on ${gap.records!.join(', ')} [known gap: ${gap.note}]`)
          }
        }
      }
    }
  }
  return { cases, todos }
}

/** The cases of one operation as `[name, case]` rows, so test names print in full. */
export const casesOf = (cases: MatrixCase[], operation: PolicyOperation): [string, MatrixCase][] =>
  cases.filter((entry) => entry.operation === operation).map((entry) => [entry.name, entry])

// ---------------------------------------------------------------------------------------------
// What the policy admits, from the outcome and the fixture blueprints: the tests state their
// expectations with these
// ---------------------------------------------------------------------------------------------

export const fixtureRecords = (fx: Fixtures, c: MatrixCase): FixtureRecord[] =>
  fx.records[c.slug].filter((record) => !c.excludedRecords.includes(record.key))

const readOutcome = (c: MatrixCase) =>
  policy.find((entry) => entry.slug === c.slug)!.operations.get![c.role]

export const canRead = (c: MatrixCase, record: FixtureRecord) =>
  admitsRead({ outcome: readOutcome(c), role: c.role, record })

export const canWrite = (c: MatrixCase, record: FixtureRecord) =>
  admitsWrite({ outcome: c.outcome, role: c.role, record })

/**
 * How a refused write is refused: by access control ('denied'), or, where the policy names a
 * validation refusal (a unique value the copy repeats), by access or validation ('refused').
 */
export const refusalKind = (c: MatrixCase): 'denied' | 'refused' => {
  const entry = policy.find((candidate) => candidate.slug === c.slug)!
  const isValidation = entry.refusals.some(
    (refusal) => refusal.operations.includes(c.operation) && refusal.roles.includes(c.role),
  )
  return isValidation ? 'refused' : 'denied'
}

/** Records an update or bulk update acts on: every one when refusing, only safe ones otherwise. */
export const updateTargets = (fx: Fixtures, c: MatrixCase) =>
  fixtureRecords(fx, c).filter((record) => c.outcome === 'deny' || record.isWriteTarget)

/** Whether the stored document now carries the marker (or, without one, changed at all). */
export const storedWrite = ({
  slug,
  before,
  after,
  marker,
}: {
  slug: PolicySlug
  before: unknown
  after: unknown
  marker: string
}) => {
  if (after === null) return 'deleted'
  if (isDeepStrictEqual(before, after)) return 'unchanged'
  const markerOf = matrixCollections[slug].markerOf
  return !markerOf || markerOf(after as Record<string, unknown>) === marker ? 'written' : 'changed'
}

/**
 * Reads a stored document as trusted code, everything included; null once it is gone. Versioned
 * collections are read at their latest version: an expert's save is a draft that leaves the
 * published row alone, and it is still a write.
 */
export const snapshot = async (fx: Fixtures, slug: PolicySlug, id: number) => {
  const { docs } = await fx.payload.find({
    collection: slug,
    where: { id: { equals: id } },
    depth: 0,
    draft: policyFor(slug).isVersioned,
    overrideAccess: true,
    showHiddenFields: true,
    pagination: false,
  })
  return (docs[0] ?? null) as unknown as Record<string, unknown> | null
}

/** Every id in a collection, to find what a call created. */
export const allIds = async (fx: Fixtures, slug: PolicySlug) => {
  const { docs } = await fx.payload.find({
    collection: slug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: {},
  })
  return new Set(docs.map((doc) => doc.id as number))
}

/** Removes what a test created (trusted cleanup). */
export const removeCreated = async (fx: Fixtures, slug: PolicySlug, before: Set<number>) => {
  const after = await allIds(fx, slug)
  const created = [...after].filter((id) => !before.has(id))
  for (const id of created) {
    await fx.payload.delete({ collection: slug, id, overrideAccess: true })
  }
  return created.length
}

// ---------------------------------------------------------------------------------------------
// Running each operation as the case's role; the tests state what they expect of the results
// ---------------------------------------------------------------------------------------------

/** Whether a create variant is the role's to make: everyone's, or "own" and in the role's scope. */
export const isVariantAllowed = (c: MatrixCase, variant: CreateVariant) =>
  c.outcome === 'allow' || (c.outcome === 'own' && variant.inScopeFor.includes(c.role))

/** Creates one variant as the case's role, then removes whatever was stored (trusted cleanup). */
export const runCreate = async (fx: Fixtures, c: MatrixCase, variant: CreateVariant) => {
  const undo = variant.prepare ? await variant.prepare(fx) : async () => {}
  try {
    const marker = fx.nextMarker()
    const before = await allIds(fx, c.slug)
    const result = await surfaces[c.surface].create({
      fx,
      slug: c.slug,
      actor: fx.actors[c.role],
      data: variant.data({ fx, actor: fx.actors[c.role], marker }),
      file: variant.file ? await variant.file({ marker }) : undefined,
    })
    const stored = await removeCreated(fx, c.slug, before)
    return { result, stored }
  } finally {
    await undo()
  }
}

/** Updates one record as the case's role and reports what was stored. */
export const runUpdate = async (fx: Fixtures, c: MatrixCase, record: FixtureRecord) => {
  const marker = fx.nextMarker()
  const before = await snapshot(fx, c.slug, record.id)
  const result = await surfaces[c.surface].update({
    fx,
    slug: c.slug,
    actor: fx.actors[c.role],
    record,
    data: matrixCollections[c.slug].updateData(marker),
  })
  const after = await snapshot(fx, c.slug, record.id)
  return { result, stored: storedWrite({ slug: c.slug, before, after, marker }) }
}

/** Bulk-updates the records as the case's role and reports what was stored for each. */
export const runBulkUpdate = async (fx: Fixtures, c: MatrixCase, records: FixtureRecord[]) => {
  const marker = fx.nextMarker()
  const before = await Promise.all(records.map((record) => snapshot(fx, c.slug, record.id)))
  const result = await surfaces[c.surface].bulkUpdate({
    fx,
    slug: c.slug,
    actor: fx.actors[c.role],
    ids: records.map((record) => record.id),
    data: matrixCollections[c.slug].updateData(marker),
  })
  const after = await Promise.all(records.map((record) => snapshot(fx, c.slug, record.id)))
  const stored = Object.fromEntries(
    records.map((record, index) => [
      record.key,
      storedWrite({ slug: c.slug, before: before[index], after: after[index], marker }),
    ]),
  )
  return { result, stored }
}

/** Refused deletes aim at the fixtures the role may not delete; allowed ones at a throwaway record. */
export const deleteTargets = (
  fx: Fixtures,
  c: MatrixCase,
  disposable: FixtureRecord | undefined,
) => [
  ...fixtureRecords(fx, c).filter((record) => !canWrite(c, record)),
  ...(disposable ? [disposable] : []),
]

export const runDelete = async (fx: Fixtures, c: MatrixCase, record: FixtureRecord) => {
  const before = await snapshot(fx, c.slug, record.id)
  const result = await surfaces[c.surface].delete({
    fx,
    slug: c.slug,
    actor: fx.actors[c.role],
    record,
  })
  const after = await snapshot(fx, c.slug, record.id)
  return { result, stored: storedWrite({ slug: c.slug, before, after, marker: '' }) }
}

export const runBulkDelete = async (fx: Fixtures, c: MatrixCase, records: FixtureRecord[]) => {
  const before = await Promise.all(records.map((record) => snapshot(fx, c.slug, record.id)))
  const result = await surfaces[c.surface].bulkDelete({
    fx,
    slug: c.slug,
    actor: fx.actors[c.role],
    ids: records.map((record) => record.id),
  })
  const after = await Promise.all(records.map((record) => snapshot(fx, c.slug, record.id)))
  const stored = Object.fromEntries(
    records.map((record, index) => [
      record.key,
      storedWrite({ slug: c.slug, before: before[index], after: after[index], marker: '' }),
    ]),
  )
  return { result, stored }
}

/**
 * GraphQL's duplicate mutation requires the create input's required fields, so every surface
 * restates the record's own required values: a duplicate is "the same record again".
 */
export const duplicateData = async (fx: Fixtures, c: MatrixCase, record: FixtureRecord) => {
  const doc = (await snapshot(fx, c.slug, record.id))!
  const fields = fx.payload.collections[c.slug].config.flattenedFields
  return Object.fromEntries(
    fields
      .filter((field) => 'required' in field && field.required && doc[field.name] !== undefined)
      .map((field) => [field.name, doc[field.name]]),
  )
}

/** Duplicates one record as the case's role; counts (then removes) the copies stored. */
export const runDuplicate = async (fx: Fixtures, c: MatrixCase, record: FixtureRecord) => {
  const data = await duplicateData(fx, c, record)
  const before = await allIds(fx, c.slug)
  const result = await surfaces[c.surface].duplicate({
    fx,
    slug: c.slug,
    actor: fx.actors[c.role],
    record,
    data,
  })
  const stored = await removeCreated(fx, c.slug, before)
  return { result, sent: JSON.stringify(data), stored }
}

// ---------------------------------------------------------------------------------------------
// Field-level writes: Payload drops a write to a field the writer may not set, silently
// ---------------------------------------------------------------------------------------------

export type FieldCase = {
  name: string
  slug: PolicySlug
  field: string
  role: PolicyRole
  surface: SurfaceName
  operation: 'create' | 'update'
  /** Whether the role may store this field (else the value must be dropped or refused). */
  isPermitted: boolean
}

const mayWriteField = (rule: FieldRule, role: PolicyRole, operation: 'create' | 'update') => {
  if (operation === 'create' && rule.create === 'server') return false
  if (rule.write === 'staff') return role === 'staff' || role === 'admin'
  return rule.write === 'admin' && role === 'admin'
}

/** Field cases for every field rule the specs have a forged value for. */
export const buildFieldMatrix = (): FieldCase[] =>
  policy.flatMap((entry) =>
    entry.fields.flatMap((rule) => {
      const forgery = matrixCollections[entry.slug].forgeries?.[rule.field]
      if (!forgery) return []
      const operations: ('create' | 'update')[] = forgery.onCreate
        ? ['update', 'create']
        : ['update']
      return operations.flatMap((operation) =>
        policyRoles.flatMap((role) => {
          const probe = {
            slug: entry.slug,
            role,
            operation,
            outcome: entry.operations[operation]![role],
          }
          const canAct =
            operation === 'update'
              ? matrixCollections[entry.slug].blueprints.some((record) =>
                  admitsWrite({ ...probe, record }),
                )
              : matrixCollections[entry.slug].createVariants.some((variant) =>
                  isVariantAllowed(probe as MatrixCase, variant),
                )
          if (!canAct) return []
          const isPermitted = mayWriteField(rule, role, operation)
          return surfaceNames
            .filter(
              (surface) => !(entry.isUpload && operation === 'create' && surface === 'GraphQL'),
            )
            .map((surface) => ({
              name: `should ${isPermitted ? 'store' : 'drop'} ${role}'s ${rule.field} on ${operation} of ${entry.slug} over ${surface}`,
              slug: entry.slug,
              field: rule.field,
              role,
              surface,
              operation,
              isPermitted,
            }))
        }),
      )
    }),
  )

const asMatrixCase = (c: FieldCase): MatrixCase => ({
  name: c.name,
  slug: c.slug,
  operation: c.operation,
  role: c.role,
  surface: c.surface,
  outcome: policy.find((entry) => entry.slug === c.slug)!.operations[c.operation]![c.role],
  excludedRecords: [],
})

/** Writes the forged value into a record the role may update, reports it, then restores the row. */
export const runFieldUpdate = async (fx: Fixtures, c: FieldCase) => {
  const forgery = matrixCollections[c.slug].forgeries![c.field]
  const asCase = asMatrixCase(c)
  const record = fx.records[c.slug].find((entry) => entry.isWriteTarget && canWrite(asCase, entry))!
  const before = (await snapshot(fx, c.slug, record.id))!
  const result = await surfaces[c.surface].update({
    fx,
    slug: c.slug,
    actor: fx.actors[c.role],
    record,
    data: { [c.field]: forgery.value(fx, record) },
  })
  const after = (await snapshot(fx, c.slug, record.id))!
  await fx.payload.update({
    collection: c.slug,
    id: record.id,
    data: { [c.field]: before[c.field] },
    overrideAccess: true,
    depth: 0,
  })
  return { result, observed: forgery.isStored(after[c.field], fx, record) ? 'stored' : 'dropped' }
}

/** Creates a record carrying the forged value, reports what was stored, then removes it. */
export const runFieldCreate = async (fx: Fixtures, c: FieldCase) => {
  const forgery = matrixCollections[c.slug].forgeries![c.field]
  const asCase = asMatrixCase(c)
  const variant = matrixCollections[c.slug].createVariants.find((entry) =>
    isVariantAllowed(asCase, entry),
  )!
  const undo = variant.prepare ? await variant.prepare(fx) : async () => {}
  try {
    const marker = fx.nextMarker()
    const before = await allIds(fx, c.slug)
    const result = await surfaces[c.surface].create({
      fx,
      slug: c.slug,
      actor: fx.actors[c.role],
      data: {
        ...variant.data({ fx, actor: fx.actors[c.role], marker }),
        [c.field]: forgery.value(fx),
      },
      file: variant.file ? await variant.file({ marker }) : undefined,
    })
    const created = [...(await allIds(fx, c.slug))].filter((id) => !before.has(id))
    const stored = await Promise.all(created.map((id) => snapshot(fx, c.slug, id)))
    await removeCreated(fx, c.slug, before)
    const isStored = stored.some((doc) => forgery.isStored(doc?.[c.field], fx))
    // A create that stored nothing proves nothing about the field: the test expects one record.
    return { result, created: created.length, observed: isStored ? 'stored' : 'dropped' }
  } finally {
    await undo()
  }
}
