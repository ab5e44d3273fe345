/**
 * A small seeded PRNG and the distributions the generator needs. Everything the generator makes
 * flows from one seed, so two runs with the same seed produce the same database.
 */
export type Random = {
  /** Uniform in [0, 1). */
  next: () => number
  /** Uniform integer in [min, max]. */
  int: (min: number, max: number) => number
  /** True with probability p. */
  chance: (p: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** k distinct items (fewer if the list is shorter), in random order. */
  sample: <T>(items: readonly T[], k: number) => T[]
  shuffle: <T>(items: readonly T[]) => T[]
}

/** sfc32: fast, 128-bit state, passes PractRand; seeded through splitmix32. */
export const createRandom = (seed: number): Random => {
  let s = seed >>> 0
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
  let a = splitmix()
  let b = splitmix()
  let c = splitmix()
  let d = splitmix()
  const next = () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 12; i += 1) next()

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    }
    return copy
  }
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    sample: (items, k) => shuffle(items).slice(0, Math.max(0, k)),
    shuffle,
  }
}

/** Picks items in proportion to their weights (binary search over the cumulative weights). */
export const weighted = <T>(items: readonly T[], weights: readonly number[]) => {
  if (items.length !== weights.length || items.length === 0) {
    throw new Error('weighted(): items and weights must be non-empty and of equal length')
  }
  const cumulative: number[] = []
  let total = 0
  for (const w of weights) {
    total += w
    cumulative.push(total)
  }
  const one = (random: Random): T => {
    const x = random.next() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! > x) hi = mid
      else lo = mid + 1
    }
    return items[lo]!
  }
  /** k distinct items drawn by weight (rejection; fine for small k). */
  const distinct = (random: Random, k: number): T[] => {
    const chosen = new Set<T>()
    const want = Math.min(k, items.length)
    for (let guard = 0; chosen.size < want && guard < want * 50; guard += 1) chosen.add(one(random))
    return [...chosen]
  }
  return { one, distinct }
}

/** Zipf weights 1/rank^s for ranks 1..n. */
export const zipfWeights = (n: number, s = 1) =>
  Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s))
