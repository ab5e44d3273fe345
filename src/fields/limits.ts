import type { CollectionConfig, Field, Validate } from 'payload'
import { array, relationship, text, textarea, toWords } from 'payload/shared'

import { tooLongMessage, tooManyMessage } from '@/lib/limits'

type LimitOptions = {
  name?: string
  label?: unknown
  maxLength?: number
  maxRows?: number
  hasMany?: boolean
}

const labelOf = ({ label, name }: LimitOptions) =>
  typeof label === 'string' ? label : toWords(name ?? 'This field')

/** The refusal for a value over its field's limit, or null; Payload's own checks come after. */
const limitProblem = (value: unknown, options: LimitOptions): string | null => {
  const label = labelOf(options)
  // The admin panel's form state gives an array field its row count rather than its rows.
  const count = Array.isArray(value) ? value.length : typeof value === 'number' ? value : null
  if (count !== null && typeof options.maxRows === 'number' && count > options.maxRows)
    return tooManyMessage({ label, count, max: options.maxRows })
  if (typeof options.maxLength !== 'number') return null
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item === 'string' && item.length > options.maxLength)
      return tooLongMessage({ label, length: item.length, max: options.maxLength })
  }
  return null
}

// Payload's validators are typed per field type; each is called with the options Payload gave us.
type AnyValidate = (value: unknown, options: never) => true | string | Promise<true | string>

const limitFirst =
  (fallback: AnyValidate): Validate =>
  (value, options) =>
    limitProblem(value, options as LimitOptions) ??
    (fallback as (v: unknown, o: unknown) => ReturnType<AnyValidate>)(value, options)

const defaults: Partial<Record<Field['type'], AnyValidate>> = {
  text: text as AnyValidate,
  textarea: textarea as AnyValidate,
  array: array as AnyValidate,
  relationship: relationship as AnyValidate,
}

const hasLimit = (field: Field) =>
  ('maxLength' in field && typeof field.maxLength === 'number') ||
  ('maxRows' in field && typeof field.maxRows === 'number')

/** The same fields, each limited one refusing with its label, its length and its limit. */
const withMessages = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withMessages(tab.fields) })),
      }
    }
    const withChildren =
      'fields' in field && Array.isArray(field.fields)
        ? ({ ...field, fields: withMessages(field.fields) } as Field)
        : field
    // The field's own rule (a slug pattern, say) still runs once the limit is met.
    const fallback =
      ('validate' in field && (field.validate as AnyValidate | undefined)) || defaults[field.type]
    const isVirtual = 'virtual' in field && Boolean(field.virtual)
    if (!fallback || !hasLimit(field) || isVirtual) return withChildren
    return { ...withChildren, validate: limitFirst(fallback) } as Field
  })

/**
 * Every length and count limit a collection declares (`maxLength`, `maxRows`) is refused in plain
 * words that name the field, the length and the limit: "Facts of the claim is 29,000 characters;
 * the limit is 5,000. Shorten it and save again." REST and GraphQL answer 400 with it, the admin
 * panel shows it under the field, and the portal forms show Payload's message as it is.
 */
export const withLimitMessages = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: withMessages(collection.fields),
})
