import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { policy } from '../../helpers/authorization/policy'

import {
  buildFixtures,
  type FixtureRecord,
  type Fixtures,
} from '../../helpers/authorization/fixtures'
import {
  acceptedReadKinds,
  buildFieldMatrix,
  buildMatrix,
  casesOf,
  deleteTargets,
  expectedBulkDelete,
  expectedBulkUpdate,
  expectedCreate,
  expectedDelete,
  expectedDownload,
  expectedDuplicate,
  expectedField,
  expectedReadableIds,
  expectedUpdate,
  expectedVersions,
  expectedVisibilityMap,
  fixtureRecords,
  observedCreate,
  observedDownload,
  observedVersions,
  returnedFixtureIds,
  runBulkDelete,
  runBulkUpdate,
  runCreate,
  runDelete,
  runDuplicate,
  runFieldCreate,
  runFieldUpdate,
  runUpdate,
  updateTargets,
  visibilityMap,
  type MatrixCase,
} from '../../helpers/authorization/matrix'
import { collectionSpecs } from '../../helpers/authorization/specs'
import { downloadFile, surfaces, type CallResult } from '../../helpers/authorization/surfaces'

/**
 * The authorization matrix: every role × collection × operation × surface that the policy in
 * tests/helpers/authorization/policy.ts describes, run against fixtures whose confidential fields hold canary
 * strings. A refused call must be refused properly and leak no canary, whatever its status; an
 * allowed one must work and return only what the role may see. Every write is judged by the stored
 * row (read back as trusted code), never by the status code alone.
 */
const { cases, todos } = buildMatrix()
const fieldCases = buildFieldMatrix()

let fx: Fixtures
const disposables = new Map<string, FixtureRecord>()
const versionIds: Record<string, number> = {}

/** Hidden canaries in the responses; a canary the request itself carried may be echoed back. */
const leaks = (c: MatrixCase, results: CallResult[], sent: string[] = []) =>
  fx.canaries.leaksIn({
    text: results.map((result) => result.text).join('\n'),
    role: c.role,
    sent: sent.join('\n'),
  })

const sequentially = async <T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> => {
  const out: R[] = []
  for (const item of items) out.push(await work(item))
  return out
}

beforeAll(async () => {
  fx = await buildFixtures()
  // Allowed deletes each get a throwaway record, owned by the role where the policy says "own".
  const deleting = cases.filter(
    (c) => (c.operation === 'delete' || c.operation === 'bulkDelete') && c.outcome !== 'deny',
  )
  for (const c of deleting) {
    disposables.set(c.name, await collectionSpecs[c.slug].makeDisposable({ fx, owner: c.role }))
  }
  for (const entry of policy.filter((candidate) => candidate.isVersioned)) {
    const { docs } = await fx.payload.findVersions({
      collection: entry.slug as 'resources',
      where: { parent: { in: fx.records[entry.slug].map((record) => record.id) } },
      overrideAccess: true,
      depth: 0,
      limit: 1,
    })
    versionIds[entry.slug] = docs[0].id as unknown as number
  }
}, 600_000)

afterAll(() => {
  console.info(
    `authorization matrix: ${cases.length} operation cases, ${fieldCases.length} field cases, ${todos.length} known gaps`,
  )
})

describe('authorization matrix', () => {
  for (const name of todos) it.todo(name)

  describe('the canary check', () => {
    // The leak detector must be able to fire, or every "no leak" assertion below proves nothing.
    it('should flag a canary the role may not see', () => {
      const facts = fx.canaries.all.find(
        (canary) => canary.recordKey === 'case1' && canary.field === 'facts',
      )!
      expect(
        fx.canaries.leaksIn({ text: `…${facts.value.toLowerCase()}…`, role: 'otherAdvocate' }),
      ).toEqual(['cases/case1.facts'])
    })

    it('should not flag a canary the role may see, except its staff-only fields', () => {
      const seen = fx.canaries.all
        .filter((canary) => canary.slug === 'experts' && canary.recordKey === 'approvedProfile')
        .map((canary) => canary.value)
        .join(' ')
      expect(fx.canaries.leaksIn({ text: seen, role: 'sharedAdvocate' })).toEqual([
        'experts/approvedProfile.staffNotes',
        'experts/approvedProfile.reviewMessage',
        'experts/approvedProfile.reviewLog.message',
      ])
    })

    it("should let an expert see their own profile's review message, not its staff fields", () => {
      const seen = fx.canaries.all
        .filter((canary) => canary.slug === 'experts' && canary.recordKey === 'draftProfile')
        .map((canary) => canary.value)
        .join(' ')
      expect(fx.canaries.leaksIn({ text: seen, role: 'expert' })).toEqual([
        'experts/draftProfile.staffNotes',
        'experts/draftProfile.reviewLog.message',
      ])
    })

    it('should flag the pending draft of an approved profile for an advocate, not for staff', () => {
      const seen = fx.canaries.all
        .filter((canary) => canary.recordKey === 'approvedProfileWithDraft' && canary.isDraft)
        .map((canary) => canary.value)
        .join(' ')
      expect({
        advocate: fx.canaries.leaksIn({ text: seen, role: 'noCaseAdvocate' }),
        staff: fx.canaries.leaksIn({ text: seen, role: 'staff' }),
      }).toEqual({
        advocate: [
          'experts/approvedProfileWithDraft.displayName',
          'experts/approvedProfileWithDraft.credentials',
          'experts/approvedProfileWithDraft.location',
        ],
        staff: [],
      })
    })
  })

  describe('list', () => {
    it.each(casesOf(cases, 'list'))('%s', async (_name, c) => {
      const result = await surfaces[c.surface].list({
        fx,
        slug: c.slug,
        actor: fx.actors[c.role],
        ids: fixtureRecords(fx, c).map((record) => record.id),
      })
      expect(acceptedReadKinds(c)).toContain(result.kind)
      expect(returnedFixtureIds(fx, c, result)).toEqual(expectedReadableIds(fx, c))
      expect(leaks(c, [result])).toEqual([])
    })
  })

  describe('get', () => {
    it.each(casesOf(cases, 'get'))('%s', async (_name, c) => {
      const records = fixtureRecords(fx, c)
      const results = await sequentially(records, (record) =>
        surfaces[c.surface].get({ fx, slug: c.slug, actor: fx.actors[c.role], record }),
      )
      expect(visibilityMap(records, results)).toEqual(expectedVisibilityMap(c, records))
      expect(leaks(c, results)).toEqual([])
    })
  })

  describe('count', () => {
    it.each(casesOf(cases, 'count'))('%s', async (_name, c) => {
      const result = await surfaces[c.surface].count({
        fx,
        slug: c.slug,
        actor: fx.actors[c.role],
        ids: fixtureRecords(fx, c).map((record) => record.id),
      })
      expect(acceptedReadKinds(c)).toContain(result.kind)
      expect(result.totalDocs).toBe(expectedReadableIds(fx, c).length)
      expect(leaks(c, [result])).toEqual([])
    })
  })

  describe('create', () => {
    it.each(casesOf(cases, 'create'))('%s', async (_name, c) => {
      const variants = collectionSpecs[c.slug].createVariants
      const runs = await sequentially(variants, (variant) => runCreate(fx, c, variant))
      expect(
        Object.fromEntries(
          variants.map((v, i) => [v.label, observedCreate(c, v, runs[i].observed)]),
        ),
      ).toEqual(Object.fromEntries(variants.map((v) => [v.label, expectedCreate(c, v)])))
      expect(
        leaks(
          c,
          runs.map((run) => run.result),
        ),
      ).toEqual([])
    })
  })

  describe('update', () => {
    it.each(casesOf(cases, 'update'))('%s', async (_name, c) => {
      const records = updateTargets(fx, c)
      const runs = await sequentially(records, (record) => runUpdate(fx, c, record))
      expect(Object.fromEntries(records.map((r, i) => [r.key, runs[i].observed]))).toEqual(
        Object.fromEntries(records.map((r) => [r.key, expectedUpdate(c, r)])),
      )
      expect(
        leaks(
          c,
          runs.map((run) => run.result),
        ),
      ).toEqual([])
    })
  })

  describe('bulk update', () => {
    it.each(casesOf(cases, 'bulkUpdate'))('%s', async (_name, c) => {
      const records = updateTargets(fx, c)
      const { result, stored } = await runBulkUpdate(fx, c, records)
      expect(acceptedReadKinds(c)).toContain(result.kind)
      expect(stored).toEqual(expectedBulkUpdate(c, records))
      expect(leaks(c, [result])).toEqual([])
    })
  })

  describe('delete', () => {
    it.each(casesOf(cases, 'delete'))('%s', async (_name, c) => {
      const records = deleteTargets(fx, c, disposables.get(c.name))
      const runs = await sequentially(records, (record) => runDelete(fx, c, record))
      expect(Object.fromEntries(records.map((r, i) => [r.key, runs[i].observed]))).toEqual(
        Object.fromEntries(records.map((r) => [r.key, expectedDelete(r)])),
      )
      expect(
        leaks(
          c,
          runs.map((run) => run.result),
        ),
      ).toEqual([])
    })
  })

  describe('bulk delete', () => {
    it.each(casesOf(cases, 'bulkDelete'))('%s', async (_name, c) => {
      const records = deleteTargets(fx, c, disposables.get(c.name))
      const { result, stored } = await runBulkDelete(fx, c, records)
      expect(acceptedReadKinds(c)).toContain(result.kind)
      expect(stored).toEqual(expectedBulkDelete(records))
      expect(leaks(c, [result])).toEqual([])
    })
  })

  describe('duplicate', () => {
    it.each(casesOf(cases, 'duplicate'))('%s', async (_name, c) => {
      const records = fixtureRecords(fx, c)
      const runs = await sequentially(records, (record) => runDuplicate(fx, c, record))
      expect(Object.fromEntries(records.map((r, i) => [r.key, runs[i].observed]))).toEqual(
        Object.fromEntries(records.map((r) => [r.key, expectedDuplicate(c, r)])),
      )
      expect(
        leaks(
          c,
          runs.map((run) => run.result),
          runs.map((run) => run.sent),
        ),
      ).toEqual([])
    })
  })

  describe('versions', () => {
    it.each(casesOf(cases, 'versions'))('%s', async (_name, c) => {
      const result = await surfaces[c.surface].versions({
        fx,
        slug: c.slug,
        actor: fx.actors[c.role],
        ids: fixtureRecords(fx, c).map((record) => record.id),
        versionId: versionIds[c.slug],
      })
      expect(observedVersions(result)).toEqual(expectedVersions(c))
      expect(leaks(c, [result])).toEqual([])
    })
  })

  describe('field-level writes', () => {
    it.each(fieldCases.filter((c) => c.operation === 'update').map((c) => [c.name, c] as const))(
      '%s',
      async (_name, c) => {
        const { result, observed } = await runFieldUpdate(fx, c)
        // The update itself goes through: a forged field is dropped, not the whole write.
        expect({ kind: result.kind, observed }).toEqual({ kind: 'ok', observed: expectedField(c) })
        expect(fx.canaries.leaksIn({ text: result.text, role: c.role })).toEqual([])
      },
    )
    it.each(fieldCases.filter((c) => c.operation === 'create').map((c) => [c.name, c] as const))(
      '%s',
      async (_name, c) => {
        const { result, created, observed } = await runFieldCreate(fx, c)
        // One record is stored, without the forged value: a refused create would prove nothing.
        expect({ created, observed }).toEqual({ created: 1, observed: expectedField(c) })
        expect(fx.canaries.leaksIn({ text: result.text, role: c.role })).toEqual([])
      },
    )
  })

  describe('file download', () => {
    it.each(casesOf(cases, 'fileDownload'))('%s', async (_name, c) => {
      const records = fixtureRecords(fx, c)
      const results = await sequentially(records, (record) =>
        downloadFile({ slug: c.slug, actor: fx.actors[c.role], filename: String(record.filename) }),
      )
      expect(
        Object.fromEntries(records.map((r, i) => [r.key, observedDownload(results[i], r)])),
      ).toEqual(Object.fromEntries(records.map((r) => [r.key, expectedDownload(c, r)])))
      expect(leaks(c, results)).toEqual([])
    })
  })
})
