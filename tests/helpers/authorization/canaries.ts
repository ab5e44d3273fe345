import { randomBytes } from 'node:crypto'

import { admitsRead, type RecordBlueprint } from './blueprints'
import { outcomeOf, policyFor, type PolicyRole, type PolicySlug } from './policy'

/**
 * A unique string seeded into one field of one fixture record. Who may see it follows from the
 * policy (can the role read that record?) and the field rules (is the field staff-only?). Finding
 * it anywhere in a response given to anyone else is a leak, whatever the status code.
 */
export type Canary = {
  value: string
  slug: PolicySlug
  recordKey: string
  field: string
  /**
   * Held only by the newer, unpublished draft of a record: seen by whoever reads the record as
   * their own or reads everything, never by those who read only published records.
   */
  isDraft?: boolean
}

export const randomToken = (bytes = 5) => randomBytes(bytes).toString('hex')

export class CanaryRegistry {
  readonly all: Canary[] = []

  /** `blueprintsOf` says whose each record is, so the registry knows who may see its canaries. */
  constructor(private readonly blueprintsOf: (slug: PolicySlug) => RecordBlueprint[]) {}

  /** A new canary like `CANARY-cases-facts-4f9a…`; `lowercase` for emails and slugs. */
  make({
    slug,
    recordKey,
    field,
    lowercase = false,
    isDraft = false,
  }: {
    slug: PolicySlug
    recordKey: string
    field: string
    lowercase?: boolean
    isDraft?: boolean
  }): string {
    const raw = `CANARY-${slug}-${isDraft ? 'draft-' : ''}${field.replace(/\W+/g, '-')}-${randomToken()}`
    const value = lowercase ? raw.toLowerCase() : raw
    this.all.push({ value, slug, recordKey, field, isDraft })
    return value
  }

  /** Registers a value that already exists (a case number) as a canary. */
  add(canary: Canary) {
    this.all.push(canary)
  }

  isVisibleTo(canary: Canary, role: PolicyRole): boolean {
    const record = this.blueprintsOf(canary.slug).find((entry) => entry.key === canary.recordKey)
    if (!record) throw new Error(`No blueprint ${canary.slug}/${canary.recordKey}`)
    const outcome = outcomeOf({ slug: canary.slug, operation: 'get', role })
    const field = canary.field.split('.')[0]
    const rule = policyFor(canary.slug).fields.find((entry) => entry.field === field)
    const isStaffRole = role === 'staff' || role === 'admin'
    const isFieldVisible =
      !rule?.read || isStaffRole || (rule.read === 'ownerAndStaff' && record.readers.includes(role))
    // A pending draft is not what "published" admits: only own readers and staff see it.
    const asRead = canary.isDraft ? { ...record, isPublished: false } : record
    return isFieldVisible && admitsRead({ outcome, role, record: asRead })
  }

  /** The canaries `role` must never see. */
  hiddenFrom(role: PolicyRole): Canary[] {
    return this.all.filter((canary) => !this.isVisibleTo(canary, role))
  }

  /**
   * Canaries `role` may not see that occur in `text` (case-insensitive); [] when none. A canary the
   * request itself carried (`sent`) may be echoed back (GraphQL quotes invalid input): not a leak.
   */
  leaksIn({ text, role, sent = '' }: { text: string; role: PolicyRole; sent?: string }): string[] {
    const haystack = text.toLowerCase()
    const echoed = sent.toLowerCase()
    return this.hiddenFrom(role)
      .filter((canary) => !echoed.includes(canary.value.toLowerCase()))
      .filter((canary) => haystack.includes(canary.value.toLowerCase()))
      .map((canary) => `${canary.slug}/${canary.recordKey}.${canary.field}`)
  }
}
