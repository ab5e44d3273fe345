import type { FieldAccess } from 'payload'

import { hasRole } from '@/lib/roles'

import type { ViewerArgs } from './viewer'

/** Admins get it; nobody else (staff included). */
export const isAdmin = ({ req }: ViewerArgs): boolean => hasRole(req.user, 'admin')

/** isAdmin under the name the collections' field access blocks use. */
export const isAdminField: FieldAccess = isAdmin
