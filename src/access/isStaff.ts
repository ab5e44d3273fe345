import type { Access, FieldAccess } from 'payload'

import { isStaffUser } from '@/lib/roles'

/** Staff and admins get it; nobody else. */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)

/** Field-level twin of isStaff: staff and admins read or write the field; nobody else. */
export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req.user)
