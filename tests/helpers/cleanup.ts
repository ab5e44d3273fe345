import type { CollectionSlug, Payload } from 'payload'

/**
 * The collections a test file may write to, directly or through the app's hooks (access events,
 * uploads), in the order their records are deleted: those that point at others first. Jobs are
 * left alone: the background runner may still be sending an email a test queued.
 */
const deletionOrder: CollectionSlug[] = [
  'access-events',
  'payload-locked-documents',
  'payload-preferences',
  'payload-kv',
  'feedback',
  'resource-submissions',
  'assistance-requests',
  'outcomes',
  'decision-documents',
  'cases',
  'resources',
  'resource-files',
  'experts',
  'expert-documents',
  'program-news',
  'media',
  'adjudicators',
  'courts',
  'countries',
  'persecution-types',
  'document-types',
  'procedural-stages',
  'topics',
  'relief-types',
  'users',
  'organizations',
]

/**
 * The int files share one database per run, so each leaves it as it found it. Call this in
 * `beforeAll`, before the file creates anything: it notes the newest id of every collection and
 * returns the cleanup for `afterAll`, which deletes every record created since (the file runs
 * alone: integration files never run in parallel). Trusted cleanup, so access is overridden.
 */
export const trackCreatedRecords = async (payload: Payload) => {
  const newestIds = new Map<CollectionSlug, number>()
  for (const collection of deletionOrder) {
    const { docs } = await payload.find({
      collection,
      sort: '-id',
      limit: 1,
      depth: 0,
      select: {},
      overrideAccess: true, // test bookkeeping, not a request
    })
    newestIds.set(collection, Number(docs[0]?.id ?? 0))
  }
  return async () => {
    for (const collection of deletionOrder) {
      const { errors } = await payload.delete({
        collection,
        where: { id: { greater_than: newestIds.get(collection) } },
        depth: 0,
        overrideAccess: true, // fixture cleanup
      })
      if (errors.length > 0) {
        throw new Error(`Cleanup of ${collection} failed: ${JSON.stringify(errors)}`)
      }
    }
  }
}
