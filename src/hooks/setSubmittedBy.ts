import type { CollectionBeforeChangeHook } from 'payload'

/** Records who submitted a queue item from the session, never from the request body. */
export const setSubmittedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') data.submittedBy = req.user?.id ?? null
  return data
}
