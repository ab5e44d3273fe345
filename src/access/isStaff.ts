import type { FieldAccess } from 'payload'

import { isStaffUser } from '@/lib/roles'

import type { ViewerArgs } from './viewer'

/** Staff and admins get it; nobody else. Serves collections, fields, the admin panel and jobs. */
export const isStaff = ({ req }: ViewerArgs): boolean => isStaffUser(req.user)

/** isStaff under the name the collections' field access blocks use. */
export const isStaffField: FieldAccess = isStaff
