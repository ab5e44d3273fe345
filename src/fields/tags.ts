import type { RelationshipField } from 'payload'

import type { AppCollectionSlug } from '@/collections/slugs'

type TagsArgs = {
  name: string
  relationTo: AppCollectionSlug
  label?: string
  description?: string
  isRequired?: boolean
  hasMany?: boolean
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
}: TagsArgs): RelationshipField =>
  ({
    name,
    type: 'relationship',
    relationTo,
    hasMany,
    index: true,
    required: isRequired,
    label,
    admin: { description },
  }) as RelationshipField
