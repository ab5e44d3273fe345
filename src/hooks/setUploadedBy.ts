import type { CollectionBeforeChangeHook } from 'payload'

/** Records who uploaded a file from the session, never from the request body. */
export const setUploadedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') data.uploadedBy = req.user?.id ?? null
  return data
}
