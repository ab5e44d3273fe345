import {
  disposable,
  forgedSpareExpert,
  forgedText,
  forgedUser,
  nobodysOwn,
  system,
  type MatrixCollection,
} from '../collection'
import { actorUser } from '../fixtures'

/** One feedback report, sent by an advocate. */
export const feedback: MatrixCollection = {
  slug: 'feedback',
  blueprints: [{ key: 'feedback', ...nobodysOwn }],
  build: async ({ fx, add, canary }) => {
    const report = await fx.payload.create({
      collection: 'feedback',
      data: {
        category: 'library',
        message: canary('feedback', 'message'),
        replyEmail: `${fx.canaries.make({ slug: 'feedback', recordKey: 'feedback', field: 'replyEmail', lowercase: true })}@test.example`,
        pageUrl: 'initial',
      },
      // Created as the submitter: the hooks record `submittedBy` from the session.
      user: actorUser(fx, 'ownerAdvocate'),
      ...system,
    })
    add('feedback', report.id)
  },
  forgeries: {
    assignee: forgedUser('staff', true),
    status: forgedText('done', true),
    submittedBy: forgedSpareExpert(true),
  },
  updateData: (marker) => ({ pageUrl: marker }),
  markerOf: (doc) => doc.pageUrl,
  createVariants: [
    {
      label: 'a feedback report',
      inScopeFor: [],
      data: ({ marker }) => ({
        category: 'library',
        message: 'The filters confuse me.',
        pageUrl: marker,
      }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const doc = await fx.payload.create({
      collection: 'feedback',
      data: { category: 'library', message: 'x', pageUrl: fx.nextMarker() },
      ...system,
    })
    return disposable('feedback', doc.id)
  },
}
