import { disposable, nobodysOwn, system, type MatrixCollection } from '../collection'
import { pdfFile } from '../files'

/** The file the fixture resources point at; its text and original name hold canaries. */
export const resourceFiles: MatrixCollection = {
  slug: 'resource-files',
  blueprints: [{ key: 'resourceFile', ...nobodysOwn }],
  build: async ({ fx, add, canary }) => {
    const fileCanary = canary('resourceFile', 'file')
    const name = fx.canaries.make({
      slug: 'resource-files',
      recordKey: 'resourceFile',
      field: 'originalName',
      lowercase: true,
    })
    const resourceFile = await fx.payload.create({
      collection: 'resource-files',
      data: { description: 'initial' },
      file: pdfFile({ name: `${name}.pdf`, text: fileCanary }),
      ...system,
    })
    add('resourceFile', resourceFile.id, {
      filename: resourceFile.filename ?? undefined,
      fileCanary,
    })
  },
  updateData: (marker) => ({ description: marker }),
  markerOf: (doc) => doc.description,
  createVariants: [
    {
      label: 'a resource file',
      inScopeFor: [],
      data: ({ marker }) => ({ description: marker }),
      file: ({ marker }) => pdfFile({ name: `${marker}.pdf`, text: marker }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const marker = fx.nextMarker()
    const doc = await fx.payload.create({
      collection: 'resource-files',
      data: { description: marker },
      file: pdfFile({ name: `${marker}.pdf`, text: marker }),
      ...system,
    })
    return disposable('resource-files', doc.id, { filename: doc.filename ?? undefined })
  },
}
