import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/lib/roles'

/** The request context key the legacy-case import sets (services/importLegacyCases.ts). */
export const legacyImportContextKey = 'legacyImportedAt'

/**
 * On create: a case written by the staff import records when it was imported. Nobody may write
 * `importedAt` through any API (its field access refuses it), so only this hook sets it.
 */
export const stampLegacyImport: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const importedAt = req.context?.[legacyImportContextKey]
  if (operation === 'create' && typeof importedAt === 'string' && isStaffUser(req.user)) {
    data.importedAt = importedAt
  }
  return data
}
