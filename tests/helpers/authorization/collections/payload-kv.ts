import { disposable, nobodysOwn, system, type MatrixCollection } from '../collection'

/** One entry of Payload's key-value store. */
export const payloadKv: MatrixCollection = {
  slug: 'payload-kv',
  blueprints: [{ key: 'entry', ...nobodysOwn }],
  build: async ({ fx, add, canary }) => {
    const entry = await fx.payload.create({
      collection: 'payload-kv',
      data: { key: `matrix-${fx.run}`, data: { note: canary('entry', 'data') } },
      ...system,
    })
    add('entry', entry.id)
  },
  updateData: (marker) => ({ data: { marker } }),
  markerOf: (doc) => (doc.data as { marker?: string } | null)?.marker,
  createVariants: [
    {
      label: 'an entry',
      inScopeFor: [],
      data: ({ marker }) => ({ key: marker, data: { marker } }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const marker = fx.nextMarker()
    const doc = await fx.payload.create({
      collection: 'payload-kv',
      data: { key: marker, data: { marker } },
      ...system,
    })
    return disposable('payload-kv', doc.id)
  },
}
