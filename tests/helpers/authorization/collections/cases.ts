import {
  advocates,
  disposable,
  forgedText,
  forgedUser,
  idIn,
  own,
  system,
  type MatrixCollection,
  type WriteContext,
} from '../collection'
import { actorUser, idOf } from '../fixtures'

const caseNumber = () => `TA-2024-${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`

const ownCase = ({ fx, actor }: WriteContext) =>
  advocates.includes(actor.role) ? actorUser(fx, actor.role).id : actorUser(fx, 'ownerAdvocate').id

/**
 * case1 is ownerAdvocate's, shared with sharedAdvocate (and an invitation to an email); case2 is
 * otherAdvocate's. noCaseAdvocate has none.
 */
export const cases: MatrixCollection = {
  slug: 'cases',
  blueprints: [
    { key: 'case1', readers: ['ownerAdvocate', 'sharedAdvocate'], writers: ['ownerAdvocate'] },
    { key: 'case2', ...own('otherAdvocate') },
  ],
  build: async ({ fx, add, canary }) => {
    const userId = (role: 'ownerAdvocate' | 'sharedAdvocate' | 'otherAdvocate') =>
      actorUser(fx, role).id
    const case1Number = caseNumber()
    fx.canaries.add({ value: case1Number, slug: 'cases', recordKey: 'case1', field: 'caseNumber' })
    const case1 = await fx.payload.create({
      collection: 'cases',
      data: {
        caseNumber: case1Number,
        owner: userId('ownerAdvocate'),
        country: fx.terms.countries,
        persecutionTypes: [fx.terms['persecution-types']],
        facts: canary('case1', 'facts'),
        deadlines: [{ label: canary('case1', 'deadlines.label'), date: '2030-01-15' }],
        language: 'Spanish',
        shares: [
          {
            user: userId('sharedAdvocate'),
            sharedBy: userId('ownerAdvocate'),
            sharedAt: new Date().toISOString(),
            attestation: true,
          },
          {
            invitedEmail: `${fx.canaries.make({ slug: 'cases', recordKey: 'case1', field: 'shares.invitedEmail', lowercase: true })}@test.example`,
            sharedBy: userId('ownerAdvocate'),
            sharedAt: new Date().toISOString(),
            attestation: true,
          },
        ],
      },
      ...system,
    })
    add('case1', case1.id)
    const case2Number = caseNumber()
    fx.canaries.add({ value: case2Number, slug: 'cases', recordKey: 'case2', field: 'caseNumber' })
    const case2 = await fx.payload.create({
      collection: 'cases',
      data: {
        caseNumber: case2Number,
        owner: userId('otherAdvocate'),
        country: fx.terms.countries,
        facts: canary('case2', 'facts'),
        language: 'French',
      },
      ...system,
    })
    add('case2', case2.id)
  },
  forgeries: {
    owner: forgedUser('noCaseAdvocate'),
    caseNumber: forgedText('TA-1999-000001', true),
    shares: {
      value: (fx) => [
        {
          user: actorUser(fx, 'noCaseAdvocate').id,
          sharedAt: '2025-01-01T00:00:00.000Z',
          attestation: true,
        },
      ],
      isStored: (stored, fx) =>
        Array.isArray(stored) &&
        stored.some(
          (share) =>
            idIn((share as { user?: unknown }).user) === actorUser(fx, 'noCaseAdvocate').id,
        ),
      onCreate: true,
    },
    legacyImport: { value: () => true, isStored: (stored) => stored === true, onCreate: true },
    expertShortlist: {
      value: (fx) => [idOf(fx, 'experts', 'draftProfile')],
      isStored: (stored, fx) =>
        Array.isArray(stored) &&
        stored.some((entry) => idIn(entry) === idOf(fx, 'experts', 'draftProfile')),
      onCreate: true,
    },
  },
  updateData: (marker) => ({ language: marker }),
  markerOf: (doc) => doc.language,
  createVariants: [
    {
      label: 'a case they own',
      inScopeFor: advocates,
      data: (ctx) => ({
        owner: ownCase(ctx),
        country: ctx.fx.terms.countries,
        facts: ctx.marker,
      }),
    },
    {
      label: 'a case owned by otherAdvocate',
      inScopeFor: ['otherAdvocate'],
      data: ({ fx, marker }) => ({
        owner: actorUser(fx, 'otherAdvocate').id,
        country: fx.terms.countries,
        facts: marker,
      }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const doc = await fx.payload.create({
      collection: 'cases',
      data: { owner: actorUser(fx, 'otherAdvocate').id, country: fx.terms.countries },
      ...system,
    })
    return disposable('cases', doc.id)
  },
}
