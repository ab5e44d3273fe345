import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { dataDir } from '@/lib/env'
import {
  enforceUploadPolicy,
  hardenedUpload,
  originalNameField,
  uploadPolicies,
} from '@/lib/uploads'

import { slugs } from '../slugs'

/**
 * Private files behind library resources (and files sent with resource submissions). Only staff
 * reach them by Payload's file URL; advocates and experts download through the access-checked,
 * logged library route.
 */
export const ResourceFiles: CollectionConfig = {
  slug: slugs.resourceFiles,
  labels: { singular: 'Resource file', plural: 'Resource files' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'originalName', 'mimeType', 'filesize', 'createdAt'],
    group: 'Library',
  },
  access: {
    // Also the file route's rule: GET /api/resource-files/file/<name> is refused to everyone else.
    read: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeOperation: [enforceUploadPolicy(uploadPolicies.resourceFiles)],
  },
  upload: hardenedUpload({
    policy: uploadPolicies.resourceFiles,
    staticDir: path.join(dataDir, 'uploads', 'resource-files'),
    isPublic: false,
  }),
  fields: [{ name: 'description', type: 'text', maxLength: 300 }, originalNameField],
}
