export const roles = ['admin', 'staff', 'advocate', 'expert'] as const
export type Role = (typeof roles)[number]

/** Roles anyone may choose when registering; the others are granted by an admin. */
export const selfServiceRoles: readonly Role[] = ['advocate', 'expert']

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  staff: 'Program staff',
  advocate: 'Attorney/advocate representing a client',
  expert: 'Expert witness',
}

type MaybeUser = { role?: string | null } | null | undefined

export const hasRole = (user: MaybeUser, ...allowed: Role[]): boolean =>
  Boolean(user?.role && (allowed as string[]).includes(user.role))

export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, 'staff', 'admin')
