import type { Access, AccessResult, CollectionConfig } from 'payload'

import { isStaff, isStaffField } from '@/access/isStaff'
import { tagsField } from '@/fields/tags'
import { hasRole, isStaffUser } from '@/lib/roles'

import { slugs } from '../slugs'

/** Staff get every profile; an expert gets their own; advocates get approved profiles only. */
const readExperts: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (!req.user) return false
  if (hasRole(req.user, 'expert')) return { user: { equals: req.user.id } }
  if (hasRole(req.user, 'advocate')) return { status: { equals: 'approved' } }
  return false
}

/** Staff, or an expert creating their own profile. */
const createExpert: Access = ({ req }) => isStaffUser(req.user) || hasRole(req.user, 'expert')

/** Staff get every profile; an expert gets their own. */
const updateExpert: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (hasRole(req.user, 'expert') && req.user) return { user: { equals: req.user.id } }
  return false
}

export const expertTypes = [
  { value: 'country-conditions', label: 'Country conditions' },
  { value: 'mental-health', label: 'Mental health' },
  { value: 'forensic-medical', label: 'Forensic medical' },
  { value: 'clinic-or-organization', label: 'Clinic or organization' },
] as const

export const Experts: CollectionConfig = {
  slug: slugs.experts,
  labels: { singular: 'Expert profile', plural: 'Expert profiles' },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'status', 'expertTypes', 'updatedAt'],
    listSearchableFields: ['displayName', 'credentials'],
    group: 'Experts',
  },
  access: {
    read: readExperts,
    create: createExpert,
    update: updateExpert,
    delete: isStaff,
  },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        // An expert's profile is always their own; staff may create one for any expert account.
        if (operation === 'create' && req.user && !isStaffUser(req.user)) data.user = req.user.id
        return data
      },
    ],
  },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: slugs.users,
      required: true,
      unique: true,
      index: true,
      access: { update: isStaffField },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      access: { create: isStaffField, update: isStaffField },
      options: [
        { value: 'draft', label: 'Draft' },
        { value: 'submitted', label: 'Submitted for review' },
        { value: 'changes-requested', label: 'Changes requested' },
        { value: 'approved', label: 'Approved (listed)' },
        { value: 'rejected', label: 'Rejected' },
      ],
    },
    { name: 'displayName', type: 'text', required: true, maxLength: 200 },
    {
      name: 'expertTypes',
      type: 'select',
      hasMany: true,
      options: expertTypes.map((o) => ({ ...o })),
    },
    tagsField({ name: 'countries', relationTo: slugs.countries, label: 'Countries of expertise' }),
    { name: 'regions', type: 'text', hasMany: true, maxRows: 20, label: 'Regions of expertise' },
    tagsField({ name: 'topics', relationTo: slugs.topics }),
    tagsField({ name: 'persecutionTypes', relationTo: slugs.persecutionTypes }),
    { name: 'languages', type: 'text', hasMany: true, maxRows: 20 },
    { name: 'credentials', type: 'textarea', maxLength: 5000 },
    {
      name: 'fees',
      type: 'select',
      options: [
        { value: 'pro-bono', label: 'Pro bono' },
        { value: 'reduced-fee', label: 'Reduced fee available' },
        { value: 'standard-fee', label: 'Standard fee' },
      ],
    },
    { name: 'location', type: 'text', maxLength: 200 },
    {
      name: 'isRemoteAvailable',
      type: 'checkbox',
      defaultValue: true,
      label: 'Available remotely',
    },
    {
      name: 'testimonyKinds',
      type: 'select',
      hasMany: true,
      options: [
        { value: 'written-declaration', label: 'Written declaration' },
        { value: 'oral-testimony', label: 'Oral testimony' },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text', maxLength: 40 },
        { name: 'website', type: 'text', maxLength: 300 },
      ],
    },
    {
      name: 'staffNotes',
      type: 'textarea',
      maxLength: 5000,
      access: { read: isStaffField, create: isStaffField, update: isStaffField },
      admin: { description: 'Staff only: never shown to the expert or to advocates.' },
    },
  ],
}
