import { staffOrScoped } from './staffOrScoped'

/** For records that belong to a case: only the case's owner and staff. */
export const relatedCaseOwnerOrStaff = staffOrScoped('advocate', (user) => ({
  'case.owner': { equals: user.id },
}))
