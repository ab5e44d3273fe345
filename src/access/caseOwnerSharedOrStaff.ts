import { caseMemberWhere } from './caseMemberWhere'
import { staffOrScoped } from './staffOrScoped'

/** Staff get every case; an advocate gets the cases they own or that are shared with them. */
export const caseOwnerSharedOrStaff = staffOrScoped('advocate', (user) => caseMemberWhere(user))
