import type { Outcome, PolicyRole } from './policy'

/**
 * A fixture record the matrix acts on, as data: which roles count it as their own for reads
 * (`readers`) and for writes (`writers`), whether it is published, and whether allowed writes may
 * touch it. Each collection's blueprints sit beside the code that creates them
 * (collections/<slug>.ts); every expectation is derived from them and the policy, never from what
 * the API answered.
 */
export type RecordBlueprint = {
  key: string
  readers: PolicyRole[]
  writers: PolicyRole[]
  isPublished?: boolean
  /** False for records an allowed write would spoil for later tests (a pending draft). */
  isWriteTarget?: boolean
}

export type ReadAdmission = {
  outcome: Outcome | undefined
  role: PolicyRole
  record: RecordBlueprint
}

/** Whether a read outcome lets `role` see `record`. */
export const admitsRead = ({ outcome, role, record }: ReadAdmission): boolean =>
  outcome === 'allow' ||
  (outcome === 'own' && record.readers.includes(role)) ||
  (outcome === 'published' && Boolean(record.isPublished))

/** Whether a write outcome lets `role` change `record`. */
export const admitsWrite = ({ outcome, role, record }: ReadAdmission): boolean =>
  outcome === 'allow' || (outcome === 'own' && record.writers.includes(role))
