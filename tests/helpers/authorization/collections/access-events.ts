import { disposable, nobodysOwn, system, type MatrixCollection } from '../collection'
import { actorUser, idOf } from '../fixtures'

/** One logged event on case1 (the log is written by the server only). */
export const accessEvents: MatrixCollection = {
  slug: 'access-events',
  blueprints: [{ key: 'event', ...nobodysOwn }],
  build: async ({ fx, add, canary }) => {
    const event = await fx.payload.create({
      collection: 'access-events',
      data: {
        action: 'view-library',
        actor: actorUser(fx, 'ownerAdvocate').id,
        case: idOf(fx, 'cases', 'case1'),
        details: { note: canary('event', 'details') },
      },
      ...system,
    })
    add('event', event.id)
  },
  updateData: (marker) => ({ details: { marker } }),
  markerOf: (doc) => (doc.details as { marker?: string } | null)?.marker,
  createVariants: [
    {
      label: 'an event',
      inScopeFor: [],
      data: ({ marker }) => ({ action: 'export', details: { marker } }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const doc = await fx.payload.create({
      collection: 'access-events',
      data: { action: 'export', details: { marker: fx.nextMarker() } },
      ...system,
    })
    return disposable('access-events', doc.id)
  },
}
