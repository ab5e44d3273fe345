import type { CollectionBeforeChangeHook } from 'payload'

/** The person who reports an outcome is recorded from the session, never from the request body. */
export const setReportedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.reportedBy = req.user.id
  return data
}
