import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import { describe, expect, it } from 'vitest'

import { createLruCache } from '@/library/cache'
import { buildLibraryPageSql } from '@/library/sql'

describe('library LRU cache', () => {
  it('should evict the least recently used entry beyond its size', () => {
    const cache = createLruCache<number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    expect(cache.get('a')).toBe(1)
    cache.set('c', 3)
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([
      1,
      undefined,
      3,
      2,
    ])
  })

  it('should forget a deleted entry', () => {
    const cache = createLruCache<number>(2)
    cache.set('a', 1)
    cache.delete('a')
    expect(cache.get('a')).toBeUndefined()
  })
})

describe('repeated-question statement', () => {
  const text = (query: Parameters<typeof buildLibraryPageSql>[0]) =>
    new PgDialect().sqlToQuery(buildLibraryPageSql(query))

  // It runs as a named prepared statement keyed by its text: a value written into the text
  // would make every request a new statement (and, past a few dozen, no prepared one at all).
  it('should keep every value out of the text, whatever the page, viewer or version', () => {
    const logViewIf = (condition: SQL) => sql`SELECT 1 WHERE ${condition}`
    const one = text({
      ids: [4, 8, 15],
      lastVisitOf: { actorId: 16, caseId: 23, before: '2026-01-01T00:00:00.000Z' },
      expectedVersion: '42;7@2026',
      logViewIf,
    })
    const other = text({
      ids: [42, 108],
      lastVisitOf: { actorId: 1, caseId: 2, before: '2026-11-28T00:00:00.000Z' },
      expectedVersion: '43;7@2026',
      logViewIf,
    })
    expect(other.sql).toBe(one.sql)
    expect(other.params).not.toEqual(one.params)
    expect(other.params).toContain('{42,108}')
  })
})
