import {
  disposable,
  forgedSpareExpert,
  forgedDate,
  forgedText,
  forgedUser,
  own,
  system,
  type MatrixCollection,
  type WriteContext,
} from '../collection'
import { actorUser, idOf } from '../fixtures'
import type { PolicyRole } from '../policy'

/** One request about each fixture case, sent by its owner. */
export const assistanceRequests: MatrixCollection = {
  slug: 'assistance-requests',
  blueprints: [
    // Read by the case's team: its owner and the co-counsel it is shared with.
    {
      key: 'ownerRequest',
      readers: ['ownerAdvocate', 'sharedAdvocate'],
      writers: ['ownerAdvocate', 'sharedAdvocate'],
    },
    { key: 'otherRequest', ...own('otherAdvocate') },
  ],
  build: async ({ fx, add, canary }) => {
    // Created as the submitter: the hooks record `submittedBy` from the session.
    for (const [key, role, caseKey] of [
      ['ownerRequest', 'ownerAdvocate', 'case1'],
      ['otherRequest', 'otherAdvocate', 'case2'],
    ] as const) {
      const request = await fx.payload.create({
        collection: 'assistance-requests',
        data: {
          case: idOf(fx, 'cases', caseKey),
          subject: 'initial',
          message: canary(key, 'message'),
          staffNotes: canary(key, 'staffNotes'),
          staffReply: canary(key, 'staffReply'),
          urgentDeadline: '2030-02-01',
        },
        user: actorUser(fx, role),
        ...system,
      })
      add(key, request.id)
    }
  },
  forgeries: {
    staffNotes: forgedText('Forged staff note', true),
    status: forgedText('in-progress', true),
    assignee: forgedUser('staff', true),
    staffReply: forgedText('Forged staff reply', true),
    staffRepliedAt: forgedDate(true),
    submittedBy: forgedSpareExpert(true),
  },
  updateData: (marker) => ({ subject: marker }),
  markerOf: (doc) => doc.subject,
  createVariants: (['case1', 'case2'] as const).map((caseKey) => ({
    label: `a request about ${caseKey}`,
    inScopeFor:
      caseKey === 'case1'
        ? ['ownerAdvocate', 'sharedAdvocate']
        : (['otherAdvocate'] as PolicyRole[]),
    data: ({ fx, marker }: WriteContext) => ({
      case: idOf(fx, 'cases', caseKey),
      subject: marker,
      message: 'Please help with the hearing.',
    }),
  })),
  makeDisposable: async ({ fx }) => {
    const doc = await fx.payload.create({
      collection: 'assistance-requests',
      data: { case: idOf(fx, 'cases', 'case2'), subject: fx.nextMarker(), message: 'x' },
      user: actorUser(fx, 'otherAdvocate'),
      ...system,
    })
    return disposable('assistance-requests', doc.id)
  },
}
