import { hasRole, isStaffUser } from '@/lib/roles'

import type { ViewerArgs } from './viewer'

/**
 * Experts and staff get it; advocates and guests do not. The Expert Witness Resource Library's
 * gate (SPEC §7: its endpoints and pages), and who creates expert profiles and uploads their CVs.
 */
export const isExpertOrStaff = ({ req }: ViewerArgs): boolean =>
  isStaffUser(req.user) || hasRole(req.user, 'expert')
