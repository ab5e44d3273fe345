import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'

import { slugs } from './slugs'

export const accessEventActions = [
  'view-library',
  'open-resource',
  'download',
  'share',
  'invite',
  'unshare',
  'transfer',
  'outcome-added',
  'export',
  'view-expert-library',
  'decision-resource',
  'import',
  // Staff merged a court or adjudicator into another (details: which, into which, what moved).
  'merge',
] as const

export type AccessEventAction = (typeof accessEventActions)[number]

/**
 * Append-only audit and usage log. Written only by trusted server code (src/lib/audit.ts); nobody,
 * staff and admins included, can edit or delete an event through any API.
 */
export const AccessEvents: CollectionConfig = {
  slug: slugs.accessEvents,
  labels: { singular: 'Access event', plural: 'Access events' },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'actor', 'case', 'resource'],
    group: 'Reports',
    description: 'Every library view, download, share, transfer and outcome. Read-only.',
  },
  defaultSort: '-createdAt',
  access: {
    read: isStaff,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: accessEventActions.map((a) => ({ value: a, label: a })),
    },
    { name: 'actor', type: 'relationship', relationTo: slugs.users, index: true },
    { name: 'organization', type: 'relationship', relationTo: slugs.organizations, index: true },
    { name: 'case', type: 'relationship', relationTo: slugs.cases, index: true },
    { name: 'resource', type: 'relationship', relationTo: slugs.resources, index: true },
    { name: 'details', type: 'json' },
  ],
  // "New since your last visit" reads this user's newest earlier view of this case on every
  // library request: one index descent instead of every event of the user.
  indexes: [{ fields: ['action', 'actor', 'case', 'createdAt'] }],
  timestamps: true,
}
