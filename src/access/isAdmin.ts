import type { Access, FieldAccess } from 'payload'

import { hasRole } from '@/lib/roles'

/** Admins get it; nobody else (staff included). */
export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Field-level twin of isAdmin. */
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
