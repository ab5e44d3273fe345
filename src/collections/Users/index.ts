import type { CollectionConfig } from 'payload'

import { canCreateAccount } from '@/access/canCreateAccount'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { selfOrStaff } from '@/access/selfOrStaff'
import { isProduction } from '@/lib/env'
import { passwordResetEmail, verificationEmail } from '@/lib/email-templates'
import { isStaffUser, roleLabels, roles, selfServiceRoles } from '@/lib/roles'

import { slugs } from '../slugs'
import { requireOrganizationForAdvocates } from './hooks/requireOrganizationForAdvocates'

export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'organization', '_verified', 'createdAt'],
    listSearchableFields: ['email', 'name'],
    group: 'People',
  },
  auth: {
    verify: {
      generateEmailSubject: () => 'Confirm your email address for the TA Library',
      generateEmailHTML: ({ token, user }) =>
        verificationEmail({ token, name: (user as { name?: string }).name }),
    },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailSubject: () => 'Reset your TA Library password',
      generateEmailHTML: (args) => passwordResetEmail({ token: args?.token ?? '' }),
    },
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: isProduction, sameSite: 'Lax' },
    useAPIKey: false,
  },
  access: {
    admin: ({ req }) => isStaffUser(req.user),
    create: canCreateAccount,
    read: selfOrStaff,
    update: selfOrStaff,
    delete: isAdmin,
    unlock: isStaff,
  },
  hooks: {
    beforeValidate: [requireOrganizationForAdvocates],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'advocate',
      saveToJWT: true,
      index: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: {
        // canCreateAccount already refuses privileged roles for non-admins; this keeps role changes
        // after creation to admins only, so nobody promotes themselves with an update.
        update: isAdminField,
      },
      admin: {
        description: `Self-registration can only choose ${selfServiceRoles.join(' or ')}; staff and admin accounts are made by an admin.`,
      },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: slugs.organizations,
      index: true,
      admin: {
        description: 'Required for advocates: the law firm, nonprofit or clinic they work with.',
      },
    },
    {
      name: 'advocateType',
      type: 'select',
      options: [
        { value: 'attorney', label: 'Attorney' },
        { value: 'accredited-representative', label: 'Accredited representative' },
        { value: 'paralegal', label: 'Paralegal' },
        { value: 'law-student', label: 'Law student' },
        { value: 'other', label: 'Other' },
      ],
      admin: { condition: (data) => data?.role === 'advocate' },
    },
    {
      name: 'notifications',
      type: 'group',
      fields: [
        {
          name: 'newsletter',
          type: 'checkbox',
          defaultValue: true,
          label: 'Program news newsletter',
        },
        {
          name: 'caseActivity',
          type: 'checkbox',
          defaultValue: true,
          label: 'Activity on my cases',
        },
      ],
    },
    {
      name: 'termsAcceptedAt',
      type: 'date',
      access: { update: isAdminField },
      admin: { readOnly: true },
    },
  ],
}
