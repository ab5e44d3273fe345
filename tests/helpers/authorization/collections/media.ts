import { disposable, nobodysOwn, system, type MatrixCollection } from '../collection'
import { pngFile } from '../files'

/** One public image. */
export const media: MatrixCollection = {
  slug: 'media',
  blueprints: [{ key: 'image', ...nobodysOwn, isPublished: true }],
  build: async ({ fx, add }) => {
    const image = await fx.payload.create({
      collection: 'media',
      data: { alt: 'Matrix image' },
      file: await pngFile({ name: `matrix-${fx.run}.png` }),
      ...system,
    })
    add('image', image.id, { filename: image.filename ?? undefined })
  },
  updateData: (marker) => ({ alt: marker }),
  markerOf: (doc) => doc.alt,
  createVariants: [
    {
      label: 'an image',
      inScopeFor: [],
      data: ({ marker }) => ({ alt: marker }),
      file: ({ marker }) => pngFile({ name: `${marker}.png` }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const marker = fx.nextMarker()
    const doc = await fx.payload.create({
      collection: 'media',
      data: { alt: marker },
      file: await pngFile({ name: `${marker}.png` }),
      ...system,
    })
    return disposable('media', doc.id, { filename: doc.filename ?? undefined })
  },
}
