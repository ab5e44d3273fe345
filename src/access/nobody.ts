import type { Access } from 'payload'

/** Nobody gets it through the API; only trusted system code with overrideAccess. */
export const nobody: Access = () => false
