import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
} from 'payload'
import { Forbidden } from 'payload'

import { isExpertOrStaff } from '@/access/isExpertOrStaff'
import { isStaff, isStaffField } from '@/access/isStaff'
import { nobodyField } from '@/access/nobody'
import { assigneeField, staffNotesField } from '@/fields/staffQueue'
import { ownOrListedProfileOrStaff } from '@/access/ownOrListedProfileOrStaff'
import { ownProfileOrStaff } from '@/access/ownProfileOrStaff'
import { profileOwnerOrStaffField } from '@/access/profileOwnerOrStaffField'
import { tagsField } from '@/fields/tags'
import { ownUploadOnly } from '@/hooks/ownUploadOnly'
import { isStaffUser } from '@/lib/roles'

import { slugs } from '../slugs'
import { reviewExpertEndpoint, submitExpertEndpoint } from './endpoints'
import { expertTypes, feeOptions, profileLimits, reviewStatuses, testimonyKinds } from './options'

export { expertTypes } from './options'

/**
 * An expert's save is always a draft: it never changes the listed (published) profile, whatever
 * the request asks. Only staff publish, through the review endpoint or the admin panel.
 */
const expertsSaveDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // Restoring an old (approved) version would publish it: staff only.
  if ((operation as string) === 'restoreVersion' && !isStaffUser(req.user)) {
    throw new Forbidden(req.t)
  }
  const isWrite = operation === 'create' || operation === 'update'
  if (isWrite && req.user && !isStaffUser(req.user)) {
    args.draft = true
    if (args.data && typeof args.data === 'object') {
      ;(args.data as Record<string, unknown>)._status = 'draft'
    }
  }
  return args
}

/**
 * Server-set fields: the owner of a profile an expert creates, and the review status of every
 * expert save: `submitted` through the submit endpoint, otherwise `draft` (edits wait for a new
 * submission). Staff edits keep the status unless the review endpoint sets it.
 */
const setServerFields: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  // Trusted server code without a user (the demo seed, operator scripts) sets what it means.
  if (!req.user) return data
  if (isStaffUser(req.user)) {
    if (!req.context.expertReview) {
      data.reviewStatus = originalDoc?.reviewStatus ?? data.reviewStatus ?? 'draft'
    }
    return data
  }
  if (operation === 'create' && req.user) data.user = req.user.id
  data.reviewStatus = req.context.expertSubmit ? 'submitted' : 'draft'
  if (req.context.expertSubmit) data.submittedAt = new Date().toISOString()
  return data
}

export const Experts: CollectionConfig = {
  slug: slugs.experts,
  labels: { singular: 'Expert profile', plural: 'Expert profiles' },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'reviewStatus', '_status', 'expertTypes', 'submittedAt'],
    listSearchableFields: ['displayName', 'credentials'],
    group: 'Experts',
    description:
      'Vetting queue: filter by Review status "Submitted for review". Open a profile and use the Vetting decision panel; the expert is emailed. Published = listed in the Expert Witness Database.',
    components: {
      edit: {
        // Listing goes through the vetting panel (emailed and logged), never a bare Publish.
        PublishButton: '/src/components/admin/UseVettingPanel#UseVettingPanel',
        UnpublishButton: '/src/components/admin/UseVettingPanel#UseVettingPanel',
      },
    },
  },
  defaultSort: '-submittedAt',
  // An expert's save is always a draft, and Payload skips validation on drafts unless asked: without
  // `validate` REST and GraphQL stored a profile over every limit the portal form refuses.
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  access: {
    read: ownOrListedProfileOrStaff,
    create: isExpertOrStaff,
    update: ownProfileOrStaff,
    delete: isStaff,
    readVersions: isStaff,
  },
  hooks: {
    beforeOperation: [expertsSaveDrafts],
    beforeChange: [
      setServerFields,
      ownUploadOnly({ field: 'cv', collection: slugs.expertDocuments }),
    ],
  },
  endpoints: [submitExpertEndpoint, reviewExpertEndpoint],
  fields: [
    {
      type: 'ui',
      name: 'vettingPanel',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/admin/VettingPanel#VettingPanel' },
      },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: slugs.users,
      required: true,
      unique: true,
      index: true,
      filterOptions: { role: { equals: 'expert' } },
      access: { update: isStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewStatus',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      // Set by the server only: the submit endpoint, an expert's save (back to draft) and the
      // review endpoint, which emails and logs each decision.
      access: { create: nobodyField, update: nobodyField },
      options: reviewStatuses.map((o) => ({ ...o })),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'submittedAt',
      type: 'date',
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reviewMessage',
      type: 'textarea',
      maxLength: profileLimits.reviewMessage,
      label: 'Message to the expert',
      access: { read: profileOwnerOrStaffField, create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        description: 'From the last vetting decision; the expert sees it on their profile page.',
      },
    },
    {
      name: 'displayName',
      type: 'text',
      required: true,
      maxLength: profileLimits.displayName,
      label: 'Name',
    },
    {
      name: 'expertTypes',
      type: 'select',
      hasMany: true,
      label: 'Type of expert',
      options: expertTypes.map((o) => ({ ...o })),
    },
    tagsField({
      name: 'countries',
      relationTo: slugs.countries,
      label: 'Countries of expertise',
      maxRows: profileLimits.countries,
    }),
    {
      name: 'regions',
      type: 'text',
      hasMany: true,
      maxRows: profileLimits.regions,
      maxLength: profileLimits.regionLength,
      label: 'Regions of expertise',
    },
    tagsField({ name: 'topics', relationTo: slugs.topics }),
    tagsField({ name: 'persecutionTypes', relationTo: slugs.persecutionTypes }),
    {
      name: 'languages',
      type: 'text',
      hasMany: true,
      maxRows: profileLimits.languages,
      maxLength: profileLimits.languageLength,
    },
    { name: 'credentials', type: 'textarea', maxLength: profileLimits.credentials },
    {
      name: 'cv',
      type: 'upload',
      relationTo: slugs.expertDocuments,
      label: 'CV',
      // Private: advocates see the profile, never which file backs it.
      access: { read: profileOwnerOrStaffField },
      admin: { description: 'Private: the expert and staff only.' },
    },
    {
      name: 'fees',
      type: 'select',
      options: feeOptions.map((o) => ({ ...o })),
    },
    { name: 'feeNotes', type: 'text', maxLength: profileLimits.feeNotes },
    { name: 'location', type: 'text', maxLength: profileLimits.location },
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
      options: testimonyKinds.map((o) => ({ ...o })),
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text', maxLength: profileLimits.phone },
        { name: 'website', type: 'text', maxLength: profileLimits.website },
      ],
    },
    assigneeField(),
    staffNotesField({
      maxLength: profileLimits.staffNotes,
      description: 'Staff only: never shown to the expert or to advocates.',
    }),
    {
      name: 'reviewLog',
      type: 'array',
      label: 'Vetting decisions',
      maxRows: profileLimits.reviewLog,
      access: { read: isStaffField, create: nobodyField, update: nobodyField },
      admin: { readOnly: true, description: 'Every decision, written by the vetting panel.' },
      fields: [
        { name: 'decision', type: 'select', options: reviewStatuses.map((o) => ({ ...o })) },
        { name: 'message', type: 'textarea', maxLength: profileLimits.reviewMessage },
        { name: 'reviewer', type: 'relationship', relationTo: slugs.users },
        { name: 'decidedAt', type: 'date' },
      ],
    },
  ],
}
