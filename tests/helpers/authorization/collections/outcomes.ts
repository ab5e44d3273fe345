import {
  disposable,
  forgedSpareExpert,
  idIn,
  own,
  system,
  type MatrixCollection,
  type WriteContext,
} from '../collection'
import { actorUser, idOf } from '../fixtures'

/** One outcome per fixture case, reported by its owner, with feedback about the approved expert. */
export const outcomes: MatrixCollection = {
  slug: 'outcomes',
  blueprints: [
    { key: 'outcome1', readers: ['ownerAdvocate', 'sharedAdvocate'], writers: ['ownerAdvocate'] },
    { key: 'outcome2', ...own('otherAdvocate') },
  ],
  build: async ({ fx, add, canary }) => {
    for (const [key, caseKey, decisionKey, owner] of [
      ['outcome1', 'case1', 'decision1', 'ownerAdvocate'],
      ['outcome2', 'case2', 'decision2', 'otherAdvocate'],
    ] as const) {
      const outcome = await fx.payload.create({
        collection: 'outcomes',
        data: {
          case: idOf(fx, 'cases', caseKey),
          reportedBy: actorUser(fx, owner).id,
          decisionDate: '2025-03-01',
          results: [{ relief: fx.terms['relief-types'], result: 'granted' }],
          arguments: ['nexus'],
          argumentsText: canary(key, 'argumentsText'),
          persuasiveEvidenceText: canary(key, 'persuasiveEvidenceText'),
          rationale: canary(key, 'rationale'),
          decisionDocument: idOf(fx, 'decision-documents', decisionKey),
          containsIndividualizedAnalysis: true,
          clientPermission: true,
          expertFeedback: [
            {
              expert: idOf(fx, 'experts', 'approvedProfile'),
              feedback: canary(key, 'expertFeedback.feedback'),
              keepConfidential: true,
            },
          ],
          additionalInformation: 'initial',
        },
        ...system,
      })
      add(key, outcome.id)
    }
  },
  forgeries: {
    // Moves the outcome to the other fixture case.
    case: {
      value: (fx, record) => idOf(fx, 'cases', record?.key === 'outcome2' ? 'case1' : 'case2'),
      isStored: (stored, fx, record) =>
        idIn(stored) === idOf(fx, 'cases', record?.key === 'outcome2' ? 'case1' : 'case2'),
    },
    reportedBy: forgedSpareExpert(true),
  },
  updateData: (marker) => ({ additionalInformation: marker }),
  markerOf: (doc) => doc.additionalInformation,
  createVariants: (['case1', 'case2'] as const).map((caseKey) => ({
    label: `an outcome on ${caseKey}`,
    inScopeFor: caseKey === 'case1' ? ['ownerAdvocate'] : ['otherAdvocate'],
    data: ({ fx, marker }: WriteContext) => ({
      case: idOf(fx, 'cases', caseKey),
      decisionDate: '2025-06-01',
      results: [{ relief: fx.terms['relief-types'], result: 'denied' }],
      additionalInformation: marker,
    }),
  })),
  makeDisposable: async ({ fx }) => {
    const doc = await fx.payload.create({
      collection: 'outcomes',
      data: {
        case: idOf(fx, 'cases', 'case2'),
        decisionDate: '2025-06-01',
        results: [{ relief: fx.terms['relief-types'], result: 'denied' }],
      },
      ...system,
    })
    return disposable('outcomes', doc.id)
  },
}
