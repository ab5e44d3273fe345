import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { dataDir } from '@/lib/env'
import {
  enforceUploadPolicy,
  hardenedUpload,
  originalNameField,
  uploadPolicies,
} from '@/lib/uploads'

import { slugs } from '../slugs'
import { mediaLimits } from './options'

/** Public images for news and site pages, resized with sharp. */
export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: { singular: 'Image', plural: 'Images' },
  admin: { group: 'Content', defaultColumns: ['filename', 'alt', 'createdAt'] },
  access: {
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeOperation: [enforceUploadPolicy(uploadPolicies.media)],
  },
  upload: {
    ...hardenedUpload({
      policy: uploadPolicies.media,
      staticDir: path.join(dataDir, 'uploads', 'media'),
      isPublic: true,
    }),
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: undefined },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: mediaLimits.alt,
      label: 'Alternative text',
    },
    originalNameField,
  ],
}
