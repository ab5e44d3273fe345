import { hasRole, isStaffUser } from '@/lib/roles'

import type { ViewerArgs } from './viewer'

/**
 * Advocates and staff get it; experts and guests do not. Who registers cases (staff import legacy
 * ones), and the Expert Witness Database's gate: its page, its profiles and the header's link.
 */
export const isAdvocateOrStaff = ({ req }: ViewerArgs): boolean =>
  isStaffUser(req.user) || hasRole(req.user, 'advocate')
