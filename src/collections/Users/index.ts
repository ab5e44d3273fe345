import type { CollectionConfig } from 'payload'

import { canCreateAccount } from '@/access/canCreateAccount'
import { canSetPasswordByUpdate } from '@/access/canSetPasswordByUpdate'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaff, isStaffField } from '@/access/isStaff'
import { nobodyField } from '@/access/nobody'
import { canUpdateAccount } from '@/access/canUpdateAccount'
import { selfOrStaff } from '@/access/selfOrStaff'
import { activatePendingShares } from '@/hooks/activatePendingShares'
import { passwordLengthLimits } from '@/lib/auth/password-policy'
import { isProduction } from '@/lib/env'
import { passwordResetEmail, verificationEmail } from '@/lib/email-templates'
import { queuedInRequest } from '@/lib/queue-email'
import { isStaffUser, roleLabels, roles, selfServiceRoles } from '@/lib/roles'

import { slugs } from '../slugs'
import { changePasswordEndpoint } from './endpoints/changePassword'
import { forgotPasswordEndpoint } from './endpoints/forgotPassword'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from './hooks/enforcePasswordPolicy'
import { guardPasswordUpdates } from './hooks/guardPasswordUpdates'
import { advocateTypes, staffAlertKinds, userLimits } from './options'
import { hideAccountExistenceAtLogin } from './hooks/hideAccountExistenceAtLogin'
import { requireOrganizationForAdvocates } from './hooks/requireOrganizationForAdvocates'
import { restrictForgotPasswordToRest } from './hooks/restrictForgotPasswordToRest'

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
    // The signed-in user is loaded on every request: without relations (nothing reads the populated
    // organization from req.user), which halves the cost of authenticating a request.
    depth: 0,
    verify: {
      generateEmailSubject: () => 'Confirm your email address for the TA Library',
      // Queued as a sendEmail job in the create's transaction (src/lib/queue-email.ts): a mail
      // server that is down never fails a registration.
      generateEmailHTML: queuedInRequest(({ token, user }) =>
        verificationEmail({ token, name: (user as { name?: string }).name }),
      ),
    },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailSubject: () => 'Reset your TA Library password',
      generateEmailHTML: queuedInRequest((args) =>
        passwordResetEmail({ token: args?.token ?? '' }),
      ),
    },
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: isProduction, sameSite: 'Lax' },
    useAPIKey: false,
  },
  access: {
    admin: isStaff,
    create: canCreateAccount,
    read: selfOrStaff,
    update: canUpdateAccount,
    delete: isAdmin,
    unlock: isStaff,
  },
  hooks: {
    beforeOperation: [
      hideAccountExistenceAtLogin,
      guardPasswordUpdates,
      enforcePasswordPolicyOnReset,
      restrictForgotPasswordToRest,
    ],
    beforeValidate: [requireOrganizationForAdvocates, enforcePasswordPolicy],
    afterLogin: [activatePendingShares],
  },
  // Matched before Payload's built-in auth routes, so forgot-password replaces the default one.
  endpoints: [changePasswordEndpoint, forgotPasswordEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: userLimits.name },
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
      options: advocateTypes.map((o) => ({ ...o })),
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
      // Staff only: which new-work emails this staff member gets (src/lib/staff-alerts.ts).
      name: 'staffAlerts',
      type: 'group',
      label: 'New-work emails',
      access: { read: isStaffField, create: isStaffField, update: isStaffField },
      admin: {
        condition: (data) => isStaffUser(data as { role?: string }),
        description: 'Emails you get when new work arrives in a staff queue.',
      },
      fields: staffAlertKinds.map(({ name, label, defaultValue }) => ({
        name,
        label,
        type: 'checkbox' as const,
        defaultValue,
      })),
    },
    // Overrides of fields Payload adds to auth collections (merged into its own definitions; no
    // database change: `password` is virtual, `_verified` keeps its column).
    {
      // An address is proven once, by verification. Letting an owner change it without proving the
      // new one would hand them whatever waits for that address (case invitations, resets), so
      // only an admin changes an email address.
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      access: { update: isAdminField },
    },
    {
      // Payload's own `_verified` lets any signed-in user set it. Staff may verify an address by
      // hand (the admin panel offers it); nobody verifies their own.
      name: '_verified',
      type: 'checkbox',
      access: { create: isStaffField, update: isStaffField },
    },
    {
      // Payload's own `sessions` can be written on create; sessions are only ever made by login.
      name: 'sessions',
      type: 'array',
      access: { create: nobodyField },
      fields: [],
    },
    {
      // Payload reads `password` from the submitted data, not from a column. Declaring it lets field
      // access decide who may set it by update, and the admin panel shows "Change password" only
      // where that is allowed: on other users' accounts, for admins.
      name: 'password',
      type: 'text',
      virtual: true,
      hidden: true,
      // Declared for the record; the password policy hook enforces it with its own message.
      maxLength: passwordLengthLimits.max,
      access: { update: canSetPasswordByUpdate },
    },
    {
      name: 'termsAcceptedAt',
      type: 'date',
      access: { update: isAdminField },
      admin: { readOnly: true },
    },
  ],
}
