import type { CollectionConfig } from 'payload'

import { caseOwnerOrStaff } from '@/access/caseOwnerOrStaff'
import { caseOwnerSharedOrStaff } from '@/access/caseOwnerSharedOrStaff'
import { isAdvocateOrStaff } from '@/access/isAdvocateOrStaff'
import { isStaff, isStaffField } from '@/access/isStaff'
import { nobodyField } from '@/access/nobody'
import { adjudicatorField } from '@/fields/adjudicator'
import { tagsField } from '@/fields/tags'

import { slugs } from '../slugs'
import { downloadResourceEndpoint } from './endpoints/downloadResource'
import { caseLibraryEndpoint } from './endpoints/library'
import { cancelInvitationEndpoint, shareCaseEndpoint, unshareCaseEndpoint } from './endpoints/share'
import { importLegacyCasesEndpoint } from './endpoints/importLegacy'
import { caseShortlistEndpoint } from './endpoints/shortlist'
import { transferCaseEndpoint } from './endpoints/transfer'
import { assignCaseNumberAndOwner } from './hooks/assignCaseNumberAndOwner'
import { stampLegacyImport } from './hooks/stampLegacyImport'
import { caseLimits, caseStatuses, detentionOptions, protectedGrounds } from './options'

export const Cases: CollectionConfig = {
  slug: slugs.cases,
  labels: { singular: 'Case', plural: 'Cases' },
  admin: {
    useAsTitle: 'caseNumber',
    defaultColumns: [
      'caseNumber',
      'owner',
      'country',
      'proceduralStage',
      'nextHearingDate',
      'status',
      'updatedAt',
    ],
    listSearchableFields: ['caseNumber'],
    group: 'Cases',
    description:
      'One case per principal applicant. Confidential: never copy case facts outside this system.',
    components: {
      beforeList: ['/src/components/admin/ImportCases/ImportCasesLink#ImportCasesLink'],
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: caseOwnerSharedOrStaff,
    // Only advocates register cases (staff import legacy ones); experts never touch case data.
    create: isAdvocateOrStaff,
    update: caseOwnerOrStaff,
    delete: isStaff,
    readVersions: isStaff,
  },
  hooks: {
    beforeChange: [assignCaseNumberAndOwner, stampLegacyImport],
  },
  endpoints: [
    importLegacyCasesEndpoint,
    shareCaseEndpoint,
    unshareCaseEndpoint,
    cancelInvitationEndpoint,
    caseShortlistEndpoint,
    transferCaseEndpoint,
    caseLibraryEndpoint,
    downloadResourceEndpoint,
  ],
  fields: [
    {
      type: 'ui',
      name: 'transferPanel',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/admin/CaseActions#CaseTransferPanel' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'caseNumber',
          type: 'text',
          unique: true,
          index: true,
          maxLength: caseLimits.caseNumber,
          access: { create: isStaffField, update: isStaffField },
          admin: {
            readOnly: false,
            description:
              'Generated (e.g. TA-2026-004213). Staff may enter an existing number for an imported legacy case.',
          },
        },
        {
          name: 'status',
          type: 'select',
          defaultValue: 'open',
          index: true,
          options: caseStatuses.map((option) => ({ ...option })),
        },
      ],
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      required: true,
      filterOptions: { role: { equals: 'advocate' } },
      // Only the transfer endpoint moves a case, so every transfer is logged and emailed (SPEC §5).
      access: { update: nobodyField },
      admin: {
        description:
          'The advocate who owns the case. To move it, use “Transfer to another advocate” in the sidebar.',
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Claim',
          fields: [
            tagsField({
              name: 'country',
              relationTo: slugs.countries,
              hasMany: false,
              isRequired: true,
              label: 'Country of origin',
            }),
            tagsField({
              name: 'persecutionTypes',
              relationTo: slugs.persecutionTypes,
              label: 'Types of persecution',
            }),
            {
              name: 'protectedGrounds',
              type: 'select',
              hasMany: true,
              options: protectedGrounds.map((option) => ({ ...option })),
            },
            tagsField({
              name: 'reliefSought',
              relationTo: slugs.reliefTypes,
              label: 'Relief sought',
            }),
          ],
        },
        {
          label: 'Proceedings',
          fields: [
            tagsField({
              name: 'proceduralStage',
              relationTo: slugs.proceduralStages,
              hasMany: false,
            }),
            tagsField({
              name: 'court',
              relationTo: slugs.courts,
              hasMany: false,
              label: 'Court or asylum office',
            }),
            adjudicatorField(),
            { name: 'nextHearingDate', type: 'date', index: true },
            {
              name: 'deadlines',
              type: 'array',
              maxRows: caseLimits.deadlines,
              fields: [
                {
                  name: 'label',
                  type: 'text',
                  required: true,
                  maxLength: caseLimits.deadlineLabel,
                },
                { name: 'date', type: 'date', required: true },
              ],
            },
            {
              name: 'detention',
              type: 'select',
              defaultValue: 'unknown',
              options: detentionOptions.map((option) => ({ ...option })),
            },
            {
              name: 'language',
              type: 'text',
              maxLength: caseLimits.language,
              label: "Applicant's language",
            },
          ],
        },
        {
          label: 'Facts',
          fields: [
            {
              name: 'facts',
              type: 'textarea',
              maxLength: caseLimits.facts,
              label: 'Facts of the claim',
              admin: {
                description:
                  'Free-text facts that help staff find materials. No names, A-numbers or other identifiers.',
              },
            },
          ],
        },
        {
          label: 'Sharing',
          fields: [
            {
              type: 'ui',
              name: 'sharesPanel',
              admin: {
                components: { Field: '/src/components/admin/CaseActions#CaseSharesPanel' },
              },
            },
            {
              name: 'shares',
              type: 'array',
              maxRows: caseLimits.shares,
              // Everyone, staff included, shares and unshares through the sharing endpoints, which
              // check, log and email each change (SPEC §5); a direct write would skip all three.
              access: { create: nobodyField, update: nobodyField },
              admin: {
                description:
                  'People working with this applicant. Access starts once an invited address is verified.',
              },
              fields: [
                { name: 'user', type: 'relationship', relationTo: slugs.users, index: true },
                { name: 'invitedEmail', type: 'email', index: true },
                { name: 'sharedBy', type: 'relationship', relationTo: slugs.users },
                { name: 'sharedAt', type: 'date', required: true },
                {
                  name: 'attestation',
                  type: 'checkbox',
                  required: true,
                  label: 'The person sharing confirmed this person works with the applicant',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'expertShortlist',
      type: 'relationship',
      relationTo: slugs.experts,
      hasMany: true,
      maxRows: caseLimits.expertShortlist,
      label: 'Expert shortlist',
      // Written by the shortlist endpoint only (owner, shared users, staff).
      access: { create: nobodyField, update: nobodyField },
      admin: { description: 'Experts the case team is considering, from the directory.' },
    },
    {
      name: 'legacyImport',
      type: 'checkbox',
      defaultValue: false,
      access: { create: isStaffField, update: isStaffField },
      admin: {
        position: 'sidebar',
        description: 'Registered before the TA Library; keeps its original number.',
      },
    },
    {
      name: 'intakeDate',
      type: 'date',
      access: { create: isStaffField, update: isStaffField },
      admin: {
        position: 'sidebar',
        description: 'When a legacy case was first registered with the program, from its import.',
      },
    },
    {
      name: 'importedAt',
      type: 'date',
      // Set by the legacy-case import only, through hooks/stampLegacyImport.ts.
      access: { create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'When staff imported this case from a legacy file.',
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
  ],
}
