import type { Payload } from 'payload'

/** The `view-library` access events of one viewer on one case, oldest first (trusted read). */
export const libraryViewsOf = async ({
  payload,
  actor,
  caseId,
}: {
  payload: Payload
  actor: number
  caseId: number
}) =>
  (
    await payload.find({
      collection: 'access-events',
      where: {
        and: [
          { action: { equals: 'view-library' } },
          { actor: { equals: actor } },
          { case: { equals: caseId } },
        ],
      },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
