import type { LibraryQuery, LibrarySort } from './types'

const CASE_NUMBER = /^[A-Z]{2,5}-\d{4}-\d{3,8}$/i

export const isCaseNumber = (q: string | undefined) => Boolean(q && CASE_NUMBER.test(q.trim()))

/** Every library page holds this many items. */
export const LIBRARY_PAGE_SIZE = 20

/** Page, sort and search kind as the statements read them, whatever the caller passed. */
export const resolveLibraryQuery = (query: Pick<LibraryQuery, 'q' | 'sort' | 'page'>) => {
  const q = query.q?.trim() ?? ''
  const isCaseNumberSearch = isCaseNumber(q)
  const isTextSearch = q.length > 0 && !isCaseNumberSearch
  const sort: LibrarySort =
    query.sort === 'relevance' && !isTextSearch
      ? 'newest'
      : (query.sort ?? (isTextSearch ? 'relevance' : 'newest'))
  return {
    q,
    isCaseNumberSearch,
    isTextSearch,
    sort,
    pageSize: LIBRARY_PAGE_SIZE,
    page: Math.min(Math.max(query.page ?? 1, 1), 10_000),
  }
}
