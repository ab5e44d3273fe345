import { advocates, disposable, own, system, type MatrixCollection } from '../collection'
import { actorUser } from '../fixtures'

/** Admin-panel preferences of staff, of an admin, and of an advocate. */
export const payloadPreferences: MatrixCollection = {
  slug: 'payload-preferences',
  blueprints: [
    { key: 'staffPreference', ...own('staff') },
    { key: 'adminPreference', ...own('admin') },
    { key: 'advocatePreference', ...own('ownerAdvocate') },
  ],
  build: async ({ fx, add, canary }) => {
    for (const [key, role] of [
      ['staffPreference', 'staff'],
      ['adminPreference', 'admin'],
      ['advocatePreference', 'ownerAdvocate'],
    ] as const) {
      const restKey = canary(key, 'key')
      const preference = await fx.payload.create({
        collection: 'payload-preferences',
        data: {
          key: restKey,
          value: { note: canary(key, 'value') },
          user: { relationTo: 'users', value: actorUser(fx, role).id },
        },
        user: actorUser(fx, role),
        ...system,
      })
      add(key, preference.id, { restKey })
    }
  },
  updateData: (marker) => ({ value: { marker } }),
  markerOf: (doc) => (doc.value as { marker?: string } | null)?.marker,
  createVariants: [
    {
      label: 'a preference',
      inScopeFor: ['guest', ...advocates, 'expert', 'staff', 'admin'],
      data: ({ marker }) => ({ key: marker, value: { marker } }),
    },
  ],
  makeDisposable: async ({ fx, owner }) => {
    const key = fx.nextMarker()
    const doc = await fx.payload.create({
      collection: 'payload-preferences',
      data: {
        key,
        value: { key },
        user: { relationTo: 'users', value: actorUser(fx, owner).id },
      },
      user: actorUser(fx, owner),
      ...system,
    })
    return disposable('payload-preferences', doc.id, {
      restKey: key,
      readers: [owner],
      writers: [owner],
    })
  },
  restId: (record) => record.restKey ?? String(record.id),
  restUnavailable: {
    operations: ['count'],
    why: "Payload's GET /api/payload-preferences/:key route answers /count as a preference key",
  },
}
