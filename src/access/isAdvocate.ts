import type { Access } from 'payload'

import { hasRole, isStaffUser } from '@/lib/roles'

/** Advocates and staff get it; experts and guests do not. */
export const isAdvocateOrStaff: Access = ({ req }) =>
  isStaffUser(req.user) || hasRole(req.user, 'advocate')
