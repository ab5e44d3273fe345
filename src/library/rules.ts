/**
 * The tailored-library rules of SPEC §4, as pure functions over ids (downloads and resource pages
 * decide with them). The SQL in src/library/sql.ts runs the same rules in the database (the list);
 * tests/int/library-parity.test.ts holds the two to the same generated fixtures.
 */

export type LibraryCase = {
  countryId: number | null
  persecutionTypeIds: number[]
  reliefTypeIds: number[]
}

export type LibraryResource = {
  isPublished: boolean
  audience: 'advocates' | 'experts'
  documentTypeSlug: string
  isCountryScoped: boolean
  countryIds: number[]
  persecutionTypeIds: number[]
  reliefTypeIds: number[]
  isRedacted: boolean
  hasAttorneyPermission: boolean
}

export const UNPUBLISHED_DECISION = 'unpublished-decision'

const intersects = (a: number[], b: number[]) => a.some((id) => b.includes(id))

/** A dimension the resource leaves empty matches every case; otherwise it must share a value. */
const dimensionMatches = (resourceIds: number[], caseIds: number[]) =>
  resourceIds.length === 0 || intersects(resourceIds, caseIds)

/** Why a resource is or is not in a case's library; the first failing rule, or 'match'. */
export const libraryVerdict = (resource: LibraryResource, theCase: LibraryCase) => {
  if (!resource.isPublished) return 'not-published' as const
  if (resource.audience !== 'advocates') return 'wrong-audience' as const
  // Rule 2: country applies only to country-scoped types, which must name the case's country.
  if (resource.isCountryScoped) {
    if (theCase.countryId === null || !resource.countryIds.includes(theCase.countryId)) {
      return 'other-country' as const
    }
  }
  // Rule 3: an unpublished decision needs redaction, the original attorney's permission, and a
  // claim type in common with the case (an untagged decision is relevant to nothing).
  if (resource.documentTypeSlug === UNPUBLISHED_DECISION) {
    if (!resource.isRedacted || !resource.hasAttorneyPermission)
      return 'decision-not-cleared' as const
    if (!intersects(resource.persecutionTypeIds, theCase.persecutionTypeIds))
      return 'not-relevant' as const
  }
  // Rule 1: every tag dimension the resource specifies intersects the case's answers.
  if (!dimensionMatches(resource.persecutionTypeIds, theCase.persecutionTypeIds))
    return 'not-relevant' as const
  if (!dimensionMatches(resource.reliefTypeIds, theCase.reliefTypeIds))
    return 'not-relevant' as const
  return 'match' as const
}

export const isInLibrary = (resource: LibraryResource, theCase: LibraryCase) =>
  libraryVerdict(resource, theCase) === 'match'

/** The Expert Witness Resource Library holds the published expert-audience resources (SPEC §7). */
export const isInExpertLibrary = (resource: Pick<LibraryResource, 'isPublished' | 'audience'>) =>
  resource.isPublished && resource.audience === 'experts'
