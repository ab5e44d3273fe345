import type { FieldAccess } from 'payload'

/**
 * Nobody gets it through the API; only trusted system code with overrideAccess, such as an
 * endpoint that checks, logs and notifies each change of a field.
 */
export const nobody = (): boolean => false

/** nobody under the name the collections' field access blocks use. */
export const nobodyField: FieldAccess = nobody
