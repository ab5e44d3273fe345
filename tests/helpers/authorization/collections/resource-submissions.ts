import {
  disposable,
  forgedSpareExpert,
  forgedText,
  forgedUser,
  own,
  system,
  type MatrixCollection,
} from '../collection'
import { actorUser } from '../fixtures'

/** Submissions by an advocate and by the expert. */
export const resourceSubmissions: MatrixCollection = {
  slug: 'resource-submissions',
  blueprints: [
    { key: 'ownerSubmission', ...own('ownerAdvocate') },
    { key: 'expertSubmission', ...own('expert') },
  ],
  build: async ({ fx, add, canary }) => {
    // Created as the submitter: the hooks record `submittedBy` from the session.
    for (const [key, role] of [
      ['ownerSubmission', 'ownerAdvocate'],
      ['expertSubmission', 'expert'],
    ] as const) {
      const submission = await fx.payload.create({
        collection: 'resource-submissions',
        data: {
          title: 'initial',
          description: canary(key, 'description'),
          staffNotes: canary(key, 'staffNotes'),
          clientPermission: true,
        },
        user: actorUser(fx, role),
        ...system,
      })
      add(key, submission.id)
    }
  },
  forgeries: {
    assignee: forgedUser('staff', true),
    staffNotes: forgedText('Forged staff note', true),
    status: forgedText('accepted', true),
    submittedBy: forgedSpareExpert(true),
  },
  updateData: (marker) => ({ title: marker }),
  markerOf: (doc) => doc.title,
  createVariants: [
    {
      label: 'a submission',
      inScopeFor: [],
      data: ({ marker }) => ({
        title: marker,
        description: 'A redacted brief.',
        clientPermission: true,
      }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const doc = await fx.payload.create({
      collection: 'resource-submissions',
      data: { title: fx.nextMarker(), description: 'x', clientPermission: true },
      user: actorUser(fx, 'ownerAdvocate'),
      ...system,
    })
    return disposable('resource-submissions', doc.id)
  },
}
