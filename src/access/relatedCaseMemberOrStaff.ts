import { caseMemberWhere } from './caseMemberWhere'
import { staffOrScoped } from './staffOrScoped'

/** For records that belong to a case (outcomes, decision documents, requests): the case's members and staff. */
export const relatedCaseMemberOrStaff = staffOrScoped('advocate', (user) =>
  caseMemberWhere(user, 'case.'),
)
