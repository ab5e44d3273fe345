import { disposable, nobodysOwn, system, type MatrixCollection } from '../collection'
import { actorUser } from '../fixtures'

/** One staff edit lock, on a term of its own. */
export const payloadLockedDocuments: MatrixCollection = {
  slug: 'payload-locked-documents',
  blueprints: [{ key: 'lock', ...nobodysOwn }],
  build: async ({ fx, add, canary }) => {
    // Locks point at a term nobody edits in the matrix: a lock blocks everyone else's updates.
    const lockTarget = await fx.payload.create({
      collection: 'relief-types',
      data: { name: `Matrix locked term ${fx.run}`, slug: `matrix-locked-${fx.run}` },
      ...system,
    })
    fx.lockTargetId = lockTarget.id
    const lock = await fx.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'relief-types', value: lockTarget.id },
        user: { relationTo: 'users', value: actorUser(fx, 'staff').id },
        globalSlug: canary('lock', 'globalSlug'),
      },
      ...system,
    })
    add('lock', lock.id)
  },
  updateData: (marker) => ({ globalSlug: marker }),
  markerOf: (doc) => doc.globalSlug,
  createVariants: [
    {
      label: 'an edit lock',
      inScopeFor: [],
      data: ({ fx, actor, marker }) => ({
        document: { relationTo: 'relief-types', value: fx.lockTargetId },
        user: { relationTo: 'users', value: actor.user?.id ?? actorUser(fx, 'staff').id },
        globalSlug: marker,
      }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const doc = await fx.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'relief-types', value: fx.lockTargetId },
        user: { relationTo: 'users', value: actorUser(fx, 'staff').id },
        globalSlug: fx.nextMarker(),
      },
      ...system,
    })
    return disposable('payload-locked-documents', doc.id)
  },
}
