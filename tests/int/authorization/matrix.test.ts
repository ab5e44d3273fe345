import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { admitsRead } from '../../helpers/authorization/blueprints'
import { buildFixtures, matrixCollections } from '../../helpers/authorization/collections'
import type { FixtureRecord, Fixtures } from '../../helpers/authorization/fixtures'
import {
  buildFieldMatrix,
  buildMatrix,
  canRead,
  canWrite,
  casesOf,
  deleteTargets,
  fixtureRecords,
  isVariantAllowed,
  refusalKind,
  runBulkDelete,
  runBulkUpdate,
  runCreate,
  runDelete,
  runDuplicate,
  runFieldCreate,
  runFieldUpdate,
  runUpdate,
  updateTargets,
  type MatrixCase,
} from '../../helpers/authorization/matrix'
import { policy } from '../../helpers/authorization/policy'
import {
  downloadFile,
  surfaces,
  type CallResult,
  type Kind,
} from '../../helpers/authorization/surfaces'
import { trackCreatedRecords } from '../../helpers/cleanup'
import { getTestPayload } from '../../helpers/payload'

/**
 * The authorization matrix: every role × collection × operation × surface that the policy in
 * tests/helpers/authorization/policy.ts describes, run against fixtures whose confidential fields
 * hold canary strings. A refused call must be refused properly and leak no canary, whatever its
 * status; an allowed one must work and return only what the role may see. Every write is judged by
 * the stored row (read back as trusted code), never by the status code alone.
 *
 * Each test states what it expects from the case's policy outcome (`c.outcome`: allow, own,
 * published or deny) and the fixture records: `canRead`/`canWrite` say whether the outcome admits
 * a record (own: the record's blueprint lists the role as its reader or writer; published: the
 * record is published).
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

const sortedIds = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b)

/** One value per fixture record, keyed by the record's blueprint key. */
const byRecord = <T>(
  records: FixtureRecord[],
  value: (record: FixtureRecord, index: number) => T,
) => Object.fromEntries(records.map((record, index) => [record.key, value(record, index)]))

/**
 * Where the policy names a validation refusal (a copy repeating a unique value), a write may be
 * refused by access control or by validation: both read as 'refused'.
 */
const asRefusal = (kind: Kind, expected: string) =>
  expected === 'refused' && (kind === 'denied' || kind === 'invalid') ? 'refused' : kind

/**
 * Whether a get carried the record. A refusal and an answer without it (Payload's preference
 * route answers 200 "Not Found") both hide it; a validation or server error is neither.
 */
const visibility = (result: CallResult, record: FixtureRecord) => {
  if (result.ids.includes(record.id)) return 'visible'
  return result.kind === 'ok' || result.kind === 'denied' ? 'hidden' : result.kind
}

let removeCreatedRecords: () => Promise<void>

beforeAll(async () => {
  removeCreatedRecords = await trackCreatedRecords(await getTestPayload())
  fx = await buildFixtures()
  // Allowed deletes each get a throwaway record, owned by the role where the policy says "own".
  const deleting = cases.filter(
    (c) => (c.operation === 'delete' || c.operation === 'bulkDelete') && c.outcome !== 'deny',
  )
  for (const c of deleting) {
    disposables.set(c.name, await matrixCollections[c.slug].makeDisposable({ fx, owner: c.role }))
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

afterAll(async () => {
  await removeCreatedRecords()
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
      const records = fixtureRecords(fx, c)
      const result = await surfaces[c.surface].list({
        fx,
        slug: c.slug,
        actor: fx.actors[c.role],
        ids: records.map((record) => record.id),
      })
      // Refused: an error or an empty list. Otherwise exactly the fixtures the outcome admits.
      expect(c.outcome === 'deny' ? ['denied', 'ok'] : ['ok']).toContain(result.kind)
      const fixtureIds = records.map((record) => record.id)
      expect(sortedIds(result.ids.filter((id) => fixtureIds.includes(id)))).toEqual(
        sortedIds(
          records
            .filter((record) => admitsRead({ outcome: c.outcome, role: c.role, record }))
            .map((record) => record.id),
        ),
      )
      expect(leaks(c, [result])).toEqual([])
    })
  })

  describe('get', () => {
    it.each(casesOf(cases, 'get'))('%s', async (_name, c) => {
      const records = fixtureRecords(fx, c)
      const results = await sequentially(records, (record) =>
        surfaces[c.surface].get({ fx, slug: c.slug, actor: fx.actors[c.role], record }),
      )
      expect(byRecord(records, (record, i) => visibility(results[i], record))).toEqual(
        byRecord(records, (record) => (canRead(c, record) ? 'visible' : 'hidden')),
      )
      expect(leaks(c, results)).toEqual([])
    })
  })

  describe('count', () => {
    it.each(casesOf(cases, 'count'))('%s', async (_name, c) => {
      const records = fixtureRecords(fx, c)
      const result = await surfaces[c.surface].count({
        fx,
        slug: c.slug,
        actor: fx.actors[c.role],
        ids: records.map((record) => record.id),
      })
      expect(c.outcome === 'deny' ? ['denied', 'ok'] : ['ok']).toContain(result.kind)
      expect(result.totalDocs).toBe(
        records.filter((record) => admitsRead({ outcome: c.outcome, role: c.role, record })).length,
      )
      expect(leaks(c, [result])).toEqual([])
    })
  })

  describe('create', () => {
    it.each(casesOf(cases, 'create'))('%s', async (_name, c) => {
      const variants = matrixCollections[c.slug].createVariants
      const runs = await sequentially(variants, (variant) => runCreate(fx, c, variant))
      // Allowed: one record stored (GraphQL takes no files, so an upload fails as invalid there).
      // Refused: nothing stored.
      const expected = variants.map((variant) => {
        const isAllowed = isVariantAllowed(c, variant)
        if (isAllowed && variant.file && c.surface === 'GraphQL') {
          return { kind: 'invalid', stored: 0 }
        }
        return isAllowed ? { kind: 'ok', stored: 1 } : { kind: refusalKind(c), stored: 0 }
      })
      expect(
        variants.map((variant, i) => ({
          variant: variant.label,
          kind: asRefusal(runs[i].result.kind, expected[i].kind),
          stored: runs[i].stored,
        })),
      ).toEqual(variants.map((variant, i) => ({ variant: variant.label, ...expected[i] })))
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
      expect(
        byRecord(records, (_record, i) => ({ kind: runs[i].result.kind, stored: runs[i].stored })),
      ).toEqual(
        byRecord(records, (record) =>
          canWrite(c, record)
            ? { kind: 'ok', stored: 'written' }
            : { kind: 'denied', stored: 'unchanged' },
        ),
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
      expect(c.outcome === 'deny' ? ['denied', 'ok'] : ['ok']).toContain(result.kind)
      expect(stored).toEqual(
        byRecord(records, (record) => (canWrite(c, record) ? 'written' : 'unchanged')),
      )
      expect(leaks(c, [result])).toEqual([])
    })
  })

  describe('delete', () => {
    it.each(casesOf(cases, 'delete'))('%s', async (_name, c) => {
      // The fixtures the role may not delete, and (when the policy allows it) a throwaway record.
      const records = deleteTargets(fx, c, disposables.get(c.name))
      const runs = await sequentially(records, (record) => runDelete(fx, c, record))
      expect(
        byRecord(records, (_record, i) => ({ kind: runs[i].result.kind, stored: runs[i].stored })),
      ).toEqual(
        byRecord(records, (record) =>
          record.isDisposable
            ? { kind: 'ok', stored: 'deleted' }
            : { kind: 'denied', stored: 'unchanged' },
        ),
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
      expect(c.outcome === 'deny' ? ['denied', 'ok'] : ['ok']).toContain(result.kind)
      expect(stored).toEqual(
        byRecord(records, (record) => (record.isDisposable ? 'deleted' : 'unchanged')),
      )
      expect(leaks(c, [result])).toEqual([])
    })
  })

  describe('duplicate', () => {
    it.each(casesOf(cases, 'duplicate'))('%s', async (_name, c) => {
      const records = fixtureRecords(fx, c)
      const runs = await sequentially(records, (record) => runDuplicate(fx, c, record))
      const expected = byRecord(records, (record) =>
        canWrite(c, record) ? { kind: 'ok', stored: 1 } : { kind: refusalKind(c), stored: 0 },
      )
      expect(
        byRecord(records, (record, i) => ({
          kind: asRefusal(runs[i].result.kind, expected[record.key].kind),
          stored: runs[i].stored,
        })),
      ).toEqual(expected)
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
      expect({ kind: result.kind, hasVersions: result.ids.length > 0 }).toEqual(
        c.outcome === 'allow'
          ? { kind: 'ok', hasVersions: true }
          : { kind: 'denied', hasVersions: false },
      )
      expect(leaks(c, [result])).toEqual([])
    })
  })

  describe('field-level writes', () => {
    it.each(fieldCases.filter((c) => c.operation === 'update').map((c) => [c.name, c] as const))(
      '%s',
      async (_name, c) => {
        const { result, observed } = await runFieldUpdate(fx, c)
        // The update itself goes through: a forged field is dropped, not the whole write.
        expect({ kind: result.kind, observed }).toEqual({
          kind: 'ok',
          observed: c.isPermitted ? 'stored' : 'dropped',
        })
        expect(fx.canaries.leaksIn({ text: result.text, role: c.role })).toEqual([])
      },
    )
    it.each(fieldCases.filter((c) => c.operation === 'create').map((c) => [c.name, c] as const))(
      '%s',
      async (_name, c) => {
        const { result, created, observed } = await runFieldCreate(fx, c)
        // One record is stored, without the forged value: a refused create would prove nothing.
        expect({ created, observed }).toEqual({
          created: 1,
          observed: c.isPermitted ? 'stored' : 'dropped',
        })
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
      // A download "has the file" when it succeeded and, for files holding a canary, carried it.
      expect(
        byRecord(records, (record, i) => ({
          kind: results[i].kind,
          hasFile: results[i].kind === 'ok' && results[i].text.includes(record.fileCanary ?? ''),
        })),
      ).toEqual(
        byRecord(records, (record) =>
          canRead(c, record) ? { kind: 'ok', hasFile: true } : { kind: 'denied', hasFile: false },
        ),
      )
      expect(leaks(c, results)).toEqual([])
    })
  })
})
