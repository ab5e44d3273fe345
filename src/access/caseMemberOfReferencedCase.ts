import { caseMemberWhere } from './caseMemberWhere'
import { referencedCaseMatches } from './referencedCaseMatches'

/** Staff, or an owner or shared user of the case named in the submitted data (`data.case`). */
export const caseMemberOfReferencedCase = referencedCaseMatches((user) => caseMemberWhere(user))
