import {
  disposable,
  forgedText,
  forgedUser,
  own,
  system,
  type MatrixCollection,
  type WriteContext,
} from '../collection'
import { idOf } from '../fixtures'
import { pdfFile } from '../files'

/** One decision per fixture case; the file and its original name hold canaries. */
export const decisionDocuments: MatrixCollection = {
  slug: 'decision-documents',
  blueprints: [
    { key: 'decision1', readers: ['ownerAdvocate', 'sharedAdvocate'], writers: ['ownerAdvocate'] },
    { key: 'decision2', ...own('otherAdvocate') },
  ],
  build: async ({ fx, add, canary }) => {
    for (const [key, caseKey] of [
      ['decision1', 'case1'],
      ['decision2', 'case2'],
    ] as const) {
      const fileCanary = canary(key, 'file')
      const nameCanary = fx.canaries.make({
        slug: 'decision-documents',
        recordKey: key,
        field: 'originalName',
        lowercase: true,
      })
      const doc = await fx.payload.create({
        collection: 'decision-documents',
        data: { case: idOf(fx, 'cases', caseKey) },
        file: pdfFile({ name: `${nameCanary}.pdf`, text: fileCanary }),
        ...system,
      })
      add(key, doc.id, { filename: doc.filename ?? undefined, fileCanary })
    }
  },
  forgeries: {
    status: forgedText('redacted', true),
    assignee: forgedUser('staff', true),
  },
  // Nothing on a decision document is editable but its case; an empty update still saves.
  updateData: () => ({}),
  createVariants: (['case1', 'case2'] as const).map((caseKey) => ({
    label: `a decision on ${caseKey}`,
    inScopeFor: caseKey === 'case1' ? ['ownerAdvocate'] : ['otherAdvocate'],
    data: ({ fx }: WriteContext) => ({ case: idOf(fx, 'cases', caseKey) }),
    file: ({ marker }: { marker: string }) => pdfFile({ name: `${marker}.pdf`, text: marker }),
  })),
  makeDisposable: async ({ fx }) => {
    const marker = fx.nextMarker()
    const doc = await fx.payload.create({
      collection: 'decision-documents',
      data: { case: idOf(fx, 'cases', 'case2') },
      file: pdfFile({ name: `${marker}.pdf`, text: marker }),
      ...system,
    })
    return disposable('decision-documents', doc.id, { filename: doc.filename ?? undefined })
  },
}
