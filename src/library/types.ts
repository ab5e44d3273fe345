import type { SQL } from 'drizzle-orm'

import type { LibraryCase } from './rules'

/** Whose library: a case's (SPEC §4 matching) or the Expert Witness Resource Library. */
export type LibraryScope = { kind: 'case'; theCase: LibraryCase } | { kind: 'experts' }

export type LibraryFilters = {
  countries: number[]
  persecutionTypes: number[]
  documentTypes: number[]
  stages: number[]
  topics: number[]
  /** ISO dates (YYYY-MM-DD), inclusive, on the later of publication and update. */
  from?: string
  to?: string
}

/** A sidebar group of checkboxes: every filter but the date range. */
export type FilterKey = keyof Omit<LibraryFilters, 'from' | 'to'>

export type LibrarySort = 'newest' | 'relevance' | 'title'

/** What a query string asks of a library (src/library/params.ts reads and writes it). */
export type LibraryParams = {
  filters: LibraryFilters
  q?: string
  sort?: LibrarySort
  page: number
}

export type LibraryQuery = {
  scope: LibraryScope
  filters: LibraryFilters
  q?: string
  sort?: LibrarySort
  page?: number
  /**
   * Read the last visit in the same statement, as the newest `view-library` access event of this
   * actor on this case before `before` (the index on access_events (action, actor_id, case_id,
   * created_at) answers it with one descent). Saves a round trip on every case library request.
   */
  lastVisitOf?: LastVisitOf | null
}

export type LastVisitOf = { actorId: number; caseId: number; before: string }

export type FacetOption = { id: number; name: string; count: number }

export type LibraryItem = {
  id: number
  title: string
  summary: string | null
  documentType: { id: number; slug: string; name: string }
  publishedAt: string
  contentUpdatedAt: string | null
  mayBeFiledAsEvidence: boolean
  hasFile: boolean
  isOutdated: boolean
  isNew: boolean
  countries: string[]
  persecutionTypes: string[]
  reliefTypes: string[]
  stages: string[]
  topics: string[]
}

export type LibraryResult = {
  items: LibraryItem[]
  total: number
  page: number
  pageSize: number
  facets: Record<FilterKey, FacetOption[]>
  /**
   * Set when the search box held a case number: searched only for that case's decision. `isFound`
   * says whether this library holds it, whatever the sidebar filters; they may still hide it.
   */
  caseNumberSearch: { caseNumber: string; isFound: boolean } | null
}

/** An item as the statements return it: the badges' dates instead of the badges. */
export type IndexedItem = Omit<LibraryItem, 'isOutdated' | 'isNew'> & {
  sortDate: string
  /** When the item turns "may be outdated" (its type's age limit after its date), or null. */
  outdatedAt: string | null
}

/** What a view's access event records of the answer. */
export type ViewAnswer = { page: number; total: number }

/**
 * How a caller logs the view it serves: in the same round trip as a cached answer's page
 * (`insertIf`: an INSERT … SELECT run only under the condition it is given), or after the full
 * statement (`insert`).
 */
export type ViewLog = {
  insertIf: (answer: ViewAnswer, condition: SQL) => SQL
  insert: (answer: ViewAnswer) => Promise<void>
}
