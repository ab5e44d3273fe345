import type { Access, FieldAccess } from 'payload'

/** Nobody gets it through the API; only trusted system code with overrideAccess. */
export const nobody: Access = () => false

/**
 * Field-level twin of nobody: the field is written only by trusted server code (overrideAccess),
 * such as an endpoint that checks, logs and notifies each change.
 */
export const nobodyField: FieldAccess = () => false
