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
