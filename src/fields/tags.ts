import type { RelationshipField } from 'payload'

import type { AppCollectionSlug } from '@/collections/slugs'

type TagsArgs = {
  name: string
  relationTo: AppCollectionSlug
  label?: string
  description?: string
  isRequired?: boolean
  hasMany?: boolean
  /** At most this many tags (many-valued tags only). */
  maxRows?: number
}

/**
 * A link to a staff-edited vocabulary (countries, persecution types, …). Many-valued tags live in
 * Payload's indexed `_rels` table; single values get a plain indexed column.
 */
export const tagsField = ({
  name,
  relationTo,
  label,
  description,
  isRequired = false,
  hasMany = true,
  maxRows,
}: TagsArgs): RelationshipField =>
  ({
    name,
    type: 'relationship',
    relationTo,
    hasMany,
    ...(hasMany && maxRows ? { maxRows } : {}),
    index: true,
    required: isRequired,
    label,
    admin: { description },
  }) as RelationshipField
