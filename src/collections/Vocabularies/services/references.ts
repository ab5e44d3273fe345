import type { CollectionSlug, FlattenedField, Payload } from 'payload'

/** A field of some collection that points at entries of a vocabulary. */
export type Reference = {
  collection: CollectionSlug
  /** The field's path in the document (dots through groups and arrays). */
  path: string
  hasMany: boolean
  /** Inside an array, block or group: merge cannot move these with a single update. */
  isNested: boolean
}

const pointsAt = (field: FlattenedField, target: string) => {
  if (field.type !== 'relationship' && field.type !== 'upload') return false
  const relationTo = (field as { relationTo: string | string[] }).relationTo
  return Array.isArray(relationTo) ? relationTo.includes(target) : relationTo === target
}

const walk = (
  fields: FlattenedField[],
  target: string,
  prefix: string,
  isNested: boolean,
  found: Omit<Reference, 'collection'>[],
) => {
  for (const field of fields) {
    // A virtual field reads another document's value: it has no column of its own to move.
    if ((field as { virtual?: unknown }).virtual) continue
    const path = `${prefix}${field.name}`
    if (pointsAt(field, target)) {
      found.push({ path, hasMany: Boolean((field as { hasMany?: boolean }).hasMany), isNested })
    }
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      walk(field.flattenedFields, target, `${path}.`, true, found)
    }
    if (field.type === 'blocks') {
      for (const block of field.blocks ?? []) {
        walk(block.flattenedFields ?? [], target, `${path}.`, true, found)
      }
    }
  }
}

/**
 * Every field of every collection that points at `target` entries, read from the running config:
 * a reference added later (an import's rows, a resource facet) is found without changing merge.
 * Payload's version tables are history and keep the old id (emptied when the entry is deleted);
 * its own collections (document locks, preferences) clear themselves when a document is deleted.
 */
export const referencesTo = (payload: Payload, target: CollectionSlug): Reference[] =>
  payload.config.collections.flatMap((collection) => {
    if (collection.slug.startsWith('payload-')) return []
    const found: Omit<Reference, 'collection'>[] = []
    walk(collection.flattenedFields, target, '', false, found)
    return found.map((reference) => ({
      collection: collection.slug as CollectionSlug,
      ...reference,
    }))
  })
