import { disposable, nobodysOwn, system, type MatrixCollection } from '../collection'

/** A published item, a draft, and a published item with a newer unpublished draft. */
export const programNews: MatrixCollection = {
  slug: 'program-news',
  blueprints: [
    { key: 'publishedNews', ...nobodysOwn, isPublished: true },
    { key: 'draftNews', ...nobodysOwn },
    // Published, with a newer unpublished draft whose text only staff may see.
    { key: 'publishedNewsWithDraft', ...nobodysOwn, isPublished: true, isWriteTarget: false },
  ],
  build: async ({ fx, add, canary }) => {
    const news = async ({
      key,
      status,
      title,
    }: {
      key: string
      status: 'draft' | 'published'
      title: string
    }) =>
      fx.payload.create({
        collection: 'program-news',
        data: {
          title,
          slug: `matrix-${key.toLowerCase()}-${fx.run}`,
          publishedAt: '2025-01-01',
          summary: 'initial',
          _status: status,
        },
        draft: status === 'draft',
        ...system,
      })
    const publishedNews = await news({
      key: 'publishedNews',
      status: 'published',
      title: canary('publishedNews', 'title'),
    })
    add('publishedNews', publishedNews.id)
    const draftNews = await news({
      key: 'draftNews',
      status: 'draft',
      title: canary('draftNews', 'title'),
    })
    add('draftNews', draftNews.id)
    const withDraft = await news({
      key: 'publishedNewsWithDraft',
      status: 'published',
      title: canary('publishedNewsWithDraft', 'title'),
    })
    // The newer draft is staff-only: registered against the unpublished draft record's visibility.
    await fx.payload.update({
      collection: 'program-news',
      id: withDraft.id,
      data: { title: canary('draftNews', 'title') },
      draft: true,
      ...system,
    })
    add('publishedNewsWithDraft', withDraft.id)
  },
  updateData: (marker) => ({ summary: marker }),
  markerOf: (doc) => doc.summary,
  createVariants: [
    {
      label: 'a news item',
      inScopeFor: [],
      data: ({ marker }) => ({
        title: marker,
        slug: marker,
        publishedAt: '2025-02-01',
        summary: marker,
      }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const marker = fx.nextMarker()
    const doc = await fx.payload.create({
      collection: 'program-news',
      data: {
        title: marker,
        slug: marker,
        publishedAt: '2025-02-01',
        summary: marker,
        _status: 'draft',
      },
      draft: true,
      ...system,
    })
    return disposable('program-news', doc.id)
  },
}
