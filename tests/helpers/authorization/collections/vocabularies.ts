import { disposable, nobodysOwn, system, type Data, type MatrixCollection } from '../collection'
import type { Fixtures } from '../fixtures'

/** Staff-edited vocabularies: one published term each, which every role may read. */
export const vocabularySlugs = [
  'countries',
  'persecution-types',
  'document-types',
  'procedural-stages',
  'topics',
  'relief-types',
  'courts',
  'adjudicators',
] as const

export type VocabularySlug = (typeof vocabularySlugs)[number]

// Courts come before adjudicators in the list: an adjudicator sits at the fixture court.
const termExtras = (fx: Fixtures, slug: VocabularySlug): Data => {
  if (slug === 'countries') return { code: fx.nextCountryCode(), region: 'Matrix Region' }
  if (slug === 'courts') return { kind: 'immigration-court', city: 'Matrix City' }
  if (slug === 'adjudicators') return { court: fx.terms.courts }
  return {}
}

/** A term the matrix creates or deletes. */
const termData = (fx: Fixtures, slug: VocabularySlug, marker: string): Data => ({
  name: marker,
  slug: marker,
  ...(slug === 'countries' ? { code: fx.nextCountryCode(), region: 'Matrix Region' } : {}),
  ...(slug === 'courts' ? { kind: 'asylum-office' } : {}),
})

const vocabulary = (slug: VocabularySlug): MatrixCollection => ({
  slug,
  blueprints: [{ key: 'term', ...nobodysOwn, isPublished: true }],
  build: async ({ fx, add }) => {
    const term = await fx.payload.create({
      collection: slug,
      data: {
        name: `Matrix ${slug} ${fx.run}`,
        slug: `matrix-${slug}-${fx.run}`,
        ...termExtras(fx, slug),
      } as never,
      ...system,
    })
    fx.terms[slug] = add('term', term.id)
  },
  updateData: (marker) => ({ name: marker }),
  markerOf: (doc) => doc.name,
  createVariants: [
    { label: 'a term', inScopeFor: [], data: ({ fx, marker }) => termData(fx, slug, marker) },
  ],
  makeDisposable: async ({ fx }) => {
    const doc = await fx.payload.create({
      collection: slug,
      data: termData(fx, slug, fx.nextMarker()) as never,
      ...system,
    })
    return disposable(slug, doc.id)
  },
})

export const vocabularies = vocabularySlugs.map(vocabulary)
