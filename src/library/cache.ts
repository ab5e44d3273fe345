import type { Payload } from 'payload'

import { resolveLibraryQuery } from './resolve'
import type { IndexedItem, LibraryQuery, LibraryResult } from './types'

/**
 * A bounded in-process cache, least recently used first out. The library keeps whole results in
 * it (total, facets, ranked ids) keyed by what they were computed from; each read checks the
 * entry against the database's content version (src/library/query.ts), so nothing here is ever
 * served stale, and several app processes each keep their own.
 */
export type LruCache<V> = {
  get: (key: string) => V | undefined
  set: (key: string, value: V) => void
  delete: (key: string) => void
  readonly size: number
}

/**
 * Entries per database. One holds a result's facets (a few kB) and its ids (4 bytes each, at most
 * the library's size): tens of MB at the very worst.
 */
export const LIBRARY_CACHE_ENTRIES = 500

/**
 * Items (a resource's row as a result page shows it, about 1 kB) per database: a page of a
 * repeated question then needs no rows read at all. Sized for a library of 20,000 resources.
 */
export const LIBRARY_ITEM_CACHE_ENTRIES = 20_000

export const createLruCache = <V>(maxEntries: number): LruCache<V> => {
  // A Map iterates in insertion order: re-inserting on every hit keeps the oldest first.
  const entries = new Map<string, V>()
  return {
    get: (key) => {
      const value = entries.get(key)
      if (value === undefined) return undefined
      entries.delete(key)
      entries.set(key, value)
      return value
    },
    set: (key, value) => {
      entries.delete(key)
      entries.set(key, value)
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
    },
    delete: (key) => {
      entries.delete(key)
    },
    get size() {
      return entries.size
    },
  }
}

/** Everything of a result but its page of items: what the cache keeps. */
export type CachedResult = {
  version: string
  total: number
  /** Matches before the sidebar filters: whether a searched case's decision is in the library. */
  baseTotal: number
  ids: Int32Array
  facets: LibraryResult['facets']
}

/**
 * The cache key: everything a result depends on besides the index contents. A case enters only
 * through its matching inputs (country, persecution and relief types), so cases that answered the
 * intake alike share entries; page, viewer and last visit are not part of it.
 */
export const cacheKey = (query: LibraryQuery) => {
  const { q, sort } = resolveLibraryQuery(query)
  const sorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b)
  const { filters, scope } = query
  return JSON.stringify([
    scope.kind === 'case'
      ? [
          scope.theCase.countryId ?? null,
          sorted(scope.theCase.persecutionTypeIds),
          sorted(scope.theCase.reliefTypeIds),
        ]
      : 'experts',
    sorted(filters.countries),
    sorted(filters.persecutionTypes),
    sorted(filters.documentTypes),
    sorted(filters.stages),
    sorted(filters.topics),
    filters.from ?? null,
    filters.to ?? null,
    q,
    sort,
  ])
}

export type LibraryCaches = {
  results: LruCache<CachedResult>
  /** Items as the statement returned them, by resource id, with the version they were read at. */
  items: LruCache<{ version: string; item: IndexedItem }>
}

/** Per database (tests may open several in one process). */
const caches = new WeakMap<object, LibraryCaches>()

export const cachesFor = (payload: Payload): LibraryCaches => {
  const owner = payload.db as object
  let held = caches.get(owner)
  if (!held) {
    held = {
      results: createLruCache<CachedResult>(LIBRARY_CACHE_ENTRIES),
      items: createLruCache(LIBRARY_ITEM_CACHE_ENTRIES),
    }
    caches.set(owner, held)
  }
  return held
}
