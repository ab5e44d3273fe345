import type { RecordBlueprint } from './blueprints'
import type { UploadFile } from './files'
import { actorUser, type Actor, type FixtureRecord, type Fixtures } from './fixtures'
import type { PolicyRole, PolicySlug } from './policy'

/**
 * What the authorization tests know about one collection, in one place (collections/<slug>.ts):
 * the fixture records as data (`blueprints`), the code that creates them (`build`), the writes the
 * matrix tries (`createVariants`, `updateData`, `makeDisposable`) and the forged values of its
 * protected fields (`forgeries`). What each role may do with it is in policy.ts.
 */
export type MatrixCollection = {
  slug: PolicySlug
  /** The records `build` creates, with who counts each as their own (see RecordBlueprint). */
  blueprints: RecordBlueprint[]
  /**
   * Creates the blueprints' records as trusted code and registers each with `add`. Builders run
   * in the order collections/index.ts lists them: a builder reads what earlier ones made in `fx`.
   */
  build: (ctx: BuildContext) => Promise<void>
  /** Data an update writes: a harmless change that carries the marker. */
  updateData: (marker: string) => Data
  /** Reads the marker back from a stored document (undefined when the update has no marker). */
  markerOf?: (doc: Data) => unknown
  createVariants: CreateVariant[]
  /** A throwaway record for delete tests; `owner` owns it when the policy says `own`. */
  makeDisposable: (ctx: { fx: Fixtures; owner: PolicyRole }) => Promise<FixtureRecord>
  /** Path segment the REST get/delete routes take (preferences use their key). */
  restId?: (record: FixtureRecord) => string
  /** REST operations Payload does not route for this collection, with the reason. */
  restUnavailable?: { operations: ('count' | 'list')[]; why: string }
  /** For each field rule in the policy: a value nobody but its writers may store. */
  forgeries?: Record<string, Forgery>
}

export type Data = Record<string, unknown>

export type BuildContext = {
  /** The fixtures built so far (earlier builders filled in what this one needs). */
  fx: Fixtures
  /** Registers a created record under its blueprint's key; returns its id. */
  add: (key: string, id: number, extra?: Partial<FixtureRecord>) => number
  /** A new canary for one field of one of this collection's records. */
  canary: (recordKey: string, field: string) => string
}

export type WriteContext = { fx: Fixtures; actor: Actor; marker: string }

export type CreateVariant = {
  label: string
  /** Roles for which this create is "their own" (used when the policy says `own`). */
  inScopeFor: PolicyRole[]
  data: (ctx: WriteContext) => Data
  file?: (ctx: { marker: string }) => Promise<UploadFile> | UploadFile
  /** Puts the fixtures in the state the create needs; returns the undo. */
  prepare?: (fx: Fixtures) => Promise<() => Promise<void>>
}

/**
 * A forged value for a protected field, and how to recognise it once stored. `onCreate` also tries
 * it in a create (with the collection's first create variant).
 */
export type Forgery = {
  value: (fx: Fixtures, record?: FixtureRecord) => unknown
  isStored: (stored: unknown, fx: Fixtures, record?: FixtureRecord) => boolean
  onCreate?: boolean
}

/** Fixtures are trusted system work: access is overridden, relationships stay ids. */
export const system = { overrideAccess: true, depth: 0 } as const

export const advocates: PolicyRole[] = [
  'ownerAdvocate',
  'sharedAdvocate',
  'otherAdvocate',
  'noCaseAdvocate',
]

/** A record `role` reads and writes as their own (and `extra` roles also write). */
export const own = (role: PolicyRole, extra: PolicyRole[] = []): Omit<RecordBlueprint, 'key'> => ({
  readers: [role],
  writers: [role, ...extra],
})

/** A record no role counts as their own. */
export const nobodysOwn = { readers: [], writers: [] }

export const idIn = (value: unknown): number | undefined =>
  typeof value === 'object' && value !== null ? (value as { id?: number }).id : (value as number)

export const forgedUser = (role: PolicyRole, onCreate = false): Forgery => ({
  value: (fx) => actorUser(fx, role).id,
  isStored: (stored, fx) => idIn(stored) === actorUser(fx, role).id,
  onCreate,
})

/** An account that is none of the matrix roles, so a forged reference never equals the writer. */
export const forgedSpareExpert = (onCreate = false): Forgery => ({
  value: (fx) => fx.spareExpert.id,
  isStored: (stored, fx) => idIn(stored) === fx.spareExpert.id,
  onCreate,
})

export const forgedText = (value: string, onCreate = false): Forgery => ({
  value: () => value,
  isStored: (stored) => stored === value,
  onCreate,
})

/** A forged timestamp, recognised whatever format the surface stores it in. */
export const forgedDate = (onCreate = false): Forgery => {
  const value = '2001-02-03T04:05:06.000Z'
  return {
    value: () => value,
    isStored: (stored) => typeof stored === 'string' && Date.parse(stored) === Date.parse(value),
    onCreate,
  }
}

/** The throwaway record of one delete test. */
export const disposable = (
  slug: PolicySlug,
  id: number,
  extra: Partial<FixtureRecord> = {},
): FixtureRecord => ({
  key: `disposable-${id}`,
  slug,
  id,
  readers: [],
  writers: [],
  isWriteTarget: true,
  isDisposable: true,
  ...extra,
})
