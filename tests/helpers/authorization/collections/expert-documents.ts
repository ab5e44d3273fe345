import {
  disposable,
  forgedSpareExpert,
  nobodysOwn,
  own,
  system,
  type MatrixCollection,
} from '../collection'
import { actorUser } from '../fixtures'
import { pdfFile } from '../files'

/** Experts' CVs: the matrix expert's, and the approved expert's. */
export const expertDocuments: MatrixCollection = {
  slug: 'expert-documents',
  blueprints: [
    { key: 'expertFile', ...own('expert') },
    { key: 'otherExpertFile', ...nobodysOwn },
  ],
  build: async ({ fx, add, canary }) => {
    // Uploaded as their experts: the hook records `uploadedBy` from the session.
    for (const [key, uploader] of [
      ['expertFile', actorUser(fx, 'expert')],
      ['otherExpertFile', fx.approvedExpert],
    ] as const) {
      const fileCanary = canary(key, 'file')
      const nameCanary = fx.canaries.make({
        slug: 'expert-documents',
        recordKey: key,
        field: 'originalName',
        lowercase: true,
      })
      const doc = await fx.payload.create({
        collection: 'expert-documents',
        data: {},
        file: pdfFile({ name: `${nameCanary}.pdf`, text: fileCanary }),
        user: uploader,
        ...system,
      })
      add(key, doc.id, { filename: doc.filename ?? undefined, fileCanary })
    }
  },
  forgeries: { uploadedBy: forgedSpareExpert(true) },
  // Nothing on an expert document is editable but who uploaded it; an empty update still saves.
  updateData: () => ({}),
  createVariants: [
    {
      label: 'a CV',
      inScopeFor: [],
      data: () => ({}),
      file: ({ marker }) => pdfFile({ name: `${marker}.pdf`, text: marker }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const marker = fx.nextMarker()
    const doc = await fx.payload.create({
      collection: 'expert-documents',
      data: {},
      file: pdfFile({ name: `${marker}.pdf`, text: marker }),
      ...system,
    })
    return disposable('expert-documents', doc.id, { filename: doc.filename ?? undefined })
  },
}
