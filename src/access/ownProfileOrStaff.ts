import { staffOrScoped } from './staffOrScoped'

/** Staff get every expert profile; an expert gets their own. */
export const ownProfileOrStaff = staffOrScoped('expert', (user) => ({ user: { equals: user.id } }))
