import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isSignedIn } from '@/access/isSignedIn'
import { isStaff, isStaffField } from '@/access/isStaff'
import { setUploadedBy } from '@/hooks/setUploadedBy'
import { dataDir } from '@/lib/env'
import {
  enforceUploadPolicy,
  hardenedUpload,
  originalNameField,
  uploadPolicies,
} from '@/lib/uploads'

import { slugs } from '../slugs'
import { resourceFileLimits } from './options'

/**
 * Private files behind library resources, and files people send with resource submissions. Any
 * signed-in person may upload one (the submission form); only staff read, list or download them by
 * Payload's file URL. Advocates and experts download library files through the access-checked,
 * logged library route.
 */
export const ResourceFiles: CollectionConfig = {
  slug: slugs.resourceFiles,
  labels: { singular: 'Resource file', plural: 'Resource files' },
  admin: {
    // The name the file had on the uploader's computer; the stored name is random.
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'uploadedBy', 'mimeType', 'filesize', 'createdAt'],
    listSearchableFields: ['originalName', 'filename'],
    group: 'Library',
  },
  access: {
    // Also the file route's rule: GET /api/resource-files/file/<name> is refused to everyone else.
    read: isStaff,
    // The submission form's upload; the uploader cannot read the file back, list or replace it.
    create: isSignedIn,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeOperation: [enforceUploadPolicy(uploadPolicies.resourceFiles)],
    beforeChange: [setUploadedBy],
  },
  upload: hardenedUpload({
    policy: uploadPolicies.resourceFiles,
    staticDir: path.join(dataDir, 'uploads', 'resource-files'),
    isPublic: false,
  }),
  fields: [
    { name: 'description', type: 'text', maxLength: resourceFileLimits.description },
    originalNameField,
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: { update: isStaffField },
      admin: { readOnly: true, description: 'Recorded from the session at upload.' },
    },
  ],
}
