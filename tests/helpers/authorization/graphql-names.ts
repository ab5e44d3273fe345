import type { FlattenedField, Payload } from 'payload'
import { formatNames } from 'payload'

/** The names Payload gives a collection's GraphQL queries and mutations. */
export const graphQLNames = (slug: string) => {
  const { singular, plural: basePlural } = formatNames(slug)
  // Payload prefixes `all` when the singular and plural are the same word (media).
  const plural = singular === basePlural ? `all${basePlural}` : basePlural
  return {
    one: singular,
    many: plural,
    count: `count${plural}`,
    create: `create${singular}`,
    update: `update${singular}`,
    delete: `delete${singular}`,
    duplicate: `duplicate${singular}`,
    versions: `versions${plural}`,
    version: `version${singular}`,
    createInput: `mutation${singular}Input`,
    updateInput: `mutation${singular}UpdateInput`,
  }
}

const scalarTypes = new Set([
  'text',
  'textarea',
  'email',
  'number',
  'date',
  'checkbox',
  'select',
  'radio',
  'json',
  'code',
  'point',
  'richText',
])

/**
 * A selection of every readable field, related documents included one level deep, so that a
 * response shows whatever the API is willing to give: the matrix then looks for canaries in it.
 */
export const selectionFor = ({
  payload,
  slug,
  depth = 1,
}: {
  payload: Payload
  slug: string
  depth?: number
}): string => {
  const fields =
    payload.collections[slug as keyof typeof payload.collections].config.flattenedFields
  return `{ id ${selectFields({ payload, fields, depth })} }`
}

const selectFields = ({
  payload,
  fields,
  depth,
  isNested = false,
}: {
  payload: Payload
  fields: FlattenedField[]
  depth: number
  /**
   * Inside a related document: its own relationships are left out. They could only show ids (a
   * canary is text), and each costs GraphQL complexity, which Payload caps (payload.config.ts).
   */
  isNested?: boolean
}): string =>
  fields
    .filter((field) => !('hidden' in field && field.hidden) && field.name !== 'id')
    .map((field) => {
      if (scalarTypes.has(field.type)) return field.name
      if (field.type === 'group' || field.type === 'tab') {
        const inner = selectFields({ payload, fields: field.flattenedFields, depth, isNested })
        return inner ? `${field.name} { ${inner} }` : ''
      }
      if (field.type === 'array') {
        return `${field.name} { id ${selectFields({ payload, fields: field.flattenedFields, depth, isNested })} }`
      }
      if (field.type === 'relationship' || field.type === 'upload') {
        if (typeof field.relationTo !== 'string') return `${field.name} { relationTo }`
        const related = payload.collections[field.relationTo as keyof typeof payload.collections]
        if (isNested) return ''
        const inner =
          depth > 0 && related
            ? selectFields({
                payload,
                fields: related.config.flattenedFields,
                depth: 0,
                isNested: true,
              })
            : ''
        return `${field.name} { id ${inner} }`
      }
      return ''
    })
    .filter(Boolean)
    .join(' ')
