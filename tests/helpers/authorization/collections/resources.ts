import { disposable, forgedText, nobodysOwn, system, type MatrixCollection } from '../collection'
import { idOf } from '../fixtures'

/** A published and a draft resource, both pointing at the fixture file. */
export const resources: MatrixCollection = {
  slug: 'resources',
  blueprints: [
    { key: 'publishedResource', ...nobodysOwn, isPublished: true },
    { key: 'draftResource', ...nobodysOwn },
  ],
  build: async ({ fx, add, canary }) => {
    for (const [key, status] of [
      ['publishedResource', 'published'],
      ['draftResource', 'draft'],
    ] as const) {
      const resource = await fx.payload.create({
        collection: 'resources',
        data: {
          title: canary(key, 'title'),
          summary: canary(key, 'summary'),
          documentType: fx.terms['document-types'],
          audience: 'advocates',
          publishedAt: '2024-05-01',
          sourceCaseNumber: `TA-2024-${canary(key, 'sourceCaseNumber').slice(-10)}`,
          file: idOf(fx, 'resource-files', 'resourceFile'),
          _status: status,
        },
        draft: status === 'draft',
        ...system,
      })
      add(key, resource.id)
    }
    // sourceCaseNumber holds "TA-2024-" and the canary's random tail; register the stored value.
    for (const resource of fx.records.resources) {
      const stored = await fx.payload.findByID({
        collection: 'resources',
        id: resource.id,
        draft: true,
        ...system,
      })
      fx.canaries.add({
        value: String(stored.sourceCaseNumber),
        slug: 'resources',
        recordKey: resource.key,
        field: 'sourceCaseNumber',
      })
    }
  },
  forgeries: { sourceCaseNumber: forgedText('TA-1999-999999') },
  updateData: (marker) => ({ externalUrl: marker }),
  markerOf: (doc) => doc.externalUrl,
  createVariants: [
    {
      label: 'a resource',
      inScopeFor: [],
      data: ({ fx, marker }) => ({
        title: marker,
        documentType: fx.terms['document-types'],
        audience: 'advocates',
        publishedAt: '2025-01-01',
      }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const doc = await fx.payload.create({
      collection: 'resources',
      data: {
        title: fx.nextMarker(),
        documentType: fx.terms['document-types'],
        audience: 'advocates',
        publishedAt: '2025-01-01',
        _status: 'draft',
      },
      draft: true,
      ...system,
    })
    return disposable('resources', doc.id)
  },
}
