import { referencedCaseMatches } from './referencedCaseMatches'

/**
 * Staff, or the owner of the case named in the submitted data (`data.case`). Shared users and
 * everyone else are refused, so only the owner adds outcomes and decision documents.
 */
export const ownerOfReferencedCase = referencedCaseMatches((user) => ({
  owner: { equals: user.id },
}))
