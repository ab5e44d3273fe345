import { describe, expect, it } from 'vitest'

import { createLruCache } from '@/library/cache'

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
