import { staffOrScoped } from './staffOrScoped'

/** Staff get every case; an advocate gets only the cases they own (shared users cannot edit). */
export const caseOwnerOrStaff = staffOrScoped('advocate', (user) => ({
  owner: { equals: user.id },
}))
