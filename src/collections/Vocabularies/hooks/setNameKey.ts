import type { CollectionBeforeChangeHook } from 'payload'

import { nameKeyOf } from '../nameKey'

/** Keeps `nameKey` (what the duplicate check of typed entries compares) in step with the name. */
export const setNameKey: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const name = (data.name ?? originalDoc?.name) as unknown
  return { ...data, nameKey: typeof name === 'string' ? nameKeyOf(name) : null }
}
