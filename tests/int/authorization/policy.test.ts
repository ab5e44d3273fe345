import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '@/collections/slugs'

import { matrixCollections } from '../../helpers/authorization/collections'
import {
  policy,
  policyOperations,
  policyRoles,
  renderAccessTable,
  type CollectionPolicy,
} from '../../helpers/authorization/policy'
import { getTestPayload } from '../../helpers/payload'

/**
 * The policy itself: it must speak about every collection the app serves, about every role and
 * operation, in terms the config agrees with, or the matrix generated from it would miss some.
 */
let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const configOf = (entry: CollectionPolicy) => payload.collections[entry.slug].config

/** Versions only for versioned collections, file downloads only for upload collections. */
const applicableOperations = (entry: CollectionPolicy) =>
  policyOperations.filter(
    (operation) =>
      (operation !== 'versions' || entry.isVersioned) &&
      (operation !== 'fileDownload' || entry.isUpload),
  )

describe('authorization policy', () => {
  it('should cover every collection the app serves, and only those', () => {
    // payload-migrations has no REST routes and no GraphQL; it is not an API surface.
    const served = payload.config.collections
      .map((collection) => collection.slug)
      .filter((slug) => slug !== 'payload-migrations')
    expect(policy.map((entry) => entry.slug).sort()).toEqual([...served].sort())
  })

  it('should cover every slug in slugs.ts', () => {
    expect(
      Object.values(slugs).filter((slug) => !policy.some((entry) => entry.slug === slug)),
    ).toEqual([])
  })

  it.each(policy.map((entry) => [entry.slug, entry] as const))(
    'should mark %s versioned and upload exactly as the config does',
    (_slug, entry) => {
      expect({ isVersioned: entry.isVersioned, isUpload: entry.isUpload }).toEqual({
        isVersioned: Boolean(configOf(entry).versions),
        isUpload: Boolean(configOf(entry).upload),
      })
    },
  )

  it.each(policy.map((entry) => [entry.slug, entry] as const))(
    'should state an outcome for every role and applicable operation of %s',
    (_slug, entry) => {
      const applicable = applicableOperations(entry)
      expect(Object.keys(entry.operations).sort()).toEqual([...applicable].sort())
      expect(
        Object.fromEntries(
          applicable.map((operation) => [
            operation,
            Object.keys(entry.operations[operation]!).sort(),
          ]),
        ),
      ).toEqual(
        Object.fromEntries(applicable.map((operation) => [operation, [...policyRoles].sort()])),
      )
    },
  )

  it.each(policy.map((entry) => [entry.slug, entry] as const))(
    'should name only fields and fixture records that exist in %s',
    (_slug, entry) => {
      const fields = configOf(entry).flattenedFields.map((field) => field.name)
      const records = matrixCollections[entry.slug].blueprints.map((record) => record.key)
      expect(
        entry.fields.map((rule) => rule.field).filter((name) => !fields.includes(name)),
      ).toEqual([])
      expect(
        entry.knownGaps.flatMap((gap) => gap.records ?? []).filter((key) => !records.includes(key)),
      ).toEqual([])
    },
  )

  it('should render one README table row per collection', () => {
    const rows = renderAccessTable()
      .split('\n')
      .filter((line) => line.startsWith('| `'))
    expect(rows.map((row) => row.split('`')[1])).toEqual(policy.map((entry) => entry.slug))
    expect(rows.every((row) => row.split(' | ').length === policyRoles.length + 1)).toBe(true)
  })
})
