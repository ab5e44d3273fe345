import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'

import { slugs } from '../slugs'
import { organizationKinds, organizationLimits } from './options'

export const Organizations: CollectionConfig = {
  slug: slugs.organizations,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'state', 'updatedAt'],
    listSearchableFields: ['name'],
    group: 'People',
  },
  access: {
    // Organization names are public facts and the registration form lists them.
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      maxLength: organizationLimits.name,
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'nonprofit',
      options: organizationKinds.map((o) => ({ ...o })),
    },
    {
      name: 'state',
      type: 'text',
      maxLength: organizationLimits.state,
      admin: { description: 'US state or territory.' },
    },
  ],
}
