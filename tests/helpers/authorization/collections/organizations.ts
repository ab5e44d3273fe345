import { disposable, nobodysOwn, system, type MatrixCollection } from '../collection'

/** The organization every fixture account belongs to. */
export const organizations: MatrixCollection = {
  slug: 'organizations',
  blueprints: [{ key: 'organization', ...nobodysOwn }],
  build: async ({ fx, add }) => {
    const organization = await fx.payload.create({
      collection: 'organizations',
      data: { name: `Matrix Legal Aid ${fx.run}`, kind: 'nonprofit' },
      ...system,
    })
    fx.organizationId = add('organization', organization.id)
  },
  updateData: (marker) => ({ state: marker }),
  markerOf: (doc) => doc.state,
  createVariants: [
    {
      label: 'an organization',
      inScopeFor: [],
      data: ({ marker }) => ({ name: marker, kind: 'nonprofit' }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const doc = await fx.payload.create({
      collection: 'organizations',
      data: { name: fx.nextMarker(), kind: 'nonprofit' },
      ...system,
    })
    return disposable('organizations', doc.id)
  },
}
