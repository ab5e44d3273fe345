import { staffOrScoped } from './staffOrScoped'

/** Staff get every file; an expert gets the files they uploaded. Never advocates, never guests. */
export const ownUploadsOrStaff = staffOrScoped('expert', (user) => ({
  uploadedBy: { equals: user.id },
}))
