import {
  disposable,
  forgedSpareExpert,
  forgedText,
  forgedUser,
  nobodysOwn,
  own,
  system,
  type MatrixCollection,
} from '../collection'
import { actorUser, idOf, password } from '../fixtures'

const forgedDate = '2001-02-03T04:05:06.000Z'

/**
 * Three profiles: the matrix expert's draft, another expert's approved profile, and an approved
 * profile with a newer pending draft whose text must stay off the directory.
 */
export const experts: MatrixCollection = {
  slug: 'experts',
  blueprints: [
    // The matrix expert's own profile, never approved: a draft only they and staff see.
    { key: 'draftProfile', ...own('expert') },
    // Another expert's approved (published) profile, listed for advocates.
    { key: 'approvedProfile', ...nobodysOwn, isPublished: true },
    // Approved, with a newer pending draft by its expert whose text only staff (and that expert,
    // who is no matrix role) may see until staff approve it.
    { key: 'approvedProfileWithDraft', ...nobodysOwn, isPublished: true, isWriteTarget: false },
  ],
  build: async ({ fx, add, canary }) => {
    // "Approved" is Payload's published state; decisions and their messages are server-set, so
    // the fixtures write them as trusted code, as the review endpoint does. Profiles with a CV are
    // saved in a staff session: the CV hook accepts another person's file from staff only.
    const asStaff = { user: actorUser(fx, 'staff'), ...system }
    const profileData = (key: string) => ({
      displayName: canary(key, 'displayName'),
      credentials: canary(key, 'credentials'),
      staffNotes: canary(key, 'staffNotes'),
      reviewMessage: canary(key, 'reviewMessage'),
      reviewLog: [
        {
          decision: 'changes-requested' as const,
          message: canary(key, 'reviewLog.message'),
          reviewer: actorUser(fx, 'staff').id,
          decidedAt: '2026-01-05T10:00:00.000Z',
        },
      ],
      location: 'Matrix',
    })
    const draftProfile = await fx.payload.create({
      collection: 'experts',
      data: {
        ...profileData('draftProfile'),
        user: actorUser(fx, 'expert').id,
        reviewStatus: 'changes-requested',
        cv: idOf(fx, 'expert-documents', 'expertFile'),
        _status: 'draft',
      },
      draft: true,
      ...asStaff,
    })
    add('draftProfile', draftProfile.id)
    const approvedProfile = await fx.payload.create({
      collection: 'experts',
      data: {
        ...profileData('approvedProfile'),
        user: fx.approvedExpert.id,
        reviewStatus: 'approved',
        cv: idOf(fx, 'expert-documents', 'otherExpertFile'),
        _status: 'published',
      },
      ...asStaff,
    })
    add('approvedProfile', approvedProfile.id)
    const withDraftProfile = await fx.payload.create({
      collection: 'experts',
      data: {
        ...profileData('approvedProfileWithDraft'),
        user: fx.pendingExpert.id,
        reviewStatus: 'approved',
        _status: 'published',
      },
      ...system,
    })
    // The expert's newer edit, submitted and waiting for staff: it must stay off the directory.
    const pendingDraft = (field: string) =>
      fx.canaries.make({
        slug: 'experts',
        recordKey: 'approvedProfileWithDraft',
        field,
        isDraft: true,
      })
    await fx.payload.update({
      collection: 'experts',
      id: withDraftProfile.id,
      data: {
        displayName: pendingDraft('displayName'),
        credentials: pendingDraft('credentials'),
        location: pendingDraft('location'),
        reviewStatus: 'submitted',
        submittedAt: '2026-01-06T10:00:00.000Z',
        _status: 'draft',
      },
      draft: true,
      ...system,
    })
    add('approvedProfileWithDraft', withDraftProfile.id)
  },
  // What an expert might send to list themselves, vet themselves or take another's profile.
  forgeries: {
    _status: forgedText('published', true),
    user: forgedSpareExpert(true),
    reviewStatus: forgedText('approved', true),
    submittedAt: {
      value: () => forgedDate,
      isStored: (stored) =>
        typeof stored === 'string' && Date.parse(stored) === Date.parse(forgedDate),
      onCreate: true,
    },
    reviewMessage: forgedText('Forged review message', true),
    assignee: forgedUser('staff', true),
    reviewLog: {
      value: () => [{ decision: 'approved', message: 'Forged log entry' }],
      isStored: (stored) =>
        Array.isArray(stored) &&
        stored.some((entry) => (entry as { message?: unknown }).message === 'Forged log entry'),
      onCreate: true,
    },
    staffNotes: forgedText('Forged staff note', true),
  },
  updateData: (marker) => ({ location: marker }),
  markerOf: (doc) => doc.location,
  createVariants: [
    {
      label: "the expert account's profile",
      inScopeFor: ['expert'],
      // reviewStatus is required in GraphQL's create input; the server sets it whatever is sent.
      data: ({ fx, marker }) => ({
        displayName: marker,
        user: actorUser(fx, 'expert').id,
        reviewStatus: 'draft',
      }),
      // One profile per expert account: the expert's own profile steps aside meanwhile.
      prepare: async (fx) => {
        const id = idOf(fx, 'experts', 'draftProfile')
        const expertId = actorUser(fx, 'expert').id
        await fx.payload.update({
          collection: 'experts',
          id,
          data: { user: fx.standInExpert.id },
          ...system,
        })
        return async () => {
          const created = await fx.payload.find({
            collection: 'experts',
            where: { and: [{ user: { equals: expertId } }, { id: { not_equals: id } }] },
            ...system,
          })
          for (const doc of created.docs) {
            await fx.payload.delete({ collection: 'experts', id: doc.id, ...system })
          }
          await fx.payload.update({
            collection: 'experts',
            id,
            data: { user: expertId },
            ...system,
          })
        }
      },
    },
  ],
  makeDisposable: async ({ fx }) => {
    const marker = fx.nextMarker()
    const user = await fx.payload.create({
      collection: 'users',
      data: {
        email: `${marker}@test.example`,
        password,
        name: marker,
        role: 'expert',
        _verified: true,
      },
      disableVerificationEmail: true,
      ...system,
    })
    const doc = await fx.payload.create({
      collection: 'experts',
      data: { user: user.id, displayName: marker, reviewStatus: 'draft', _status: 'draft' },
      draft: true,
      ...system,
    })
    return disposable('experts', doc.id)
  },
}
