import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isExpertOrStaff } from '@/access/isExpertOrStaff'
import { isStaff, isStaffField } from '@/access/isStaff'
import { ownUploadsOrStaff } from '@/access/ownUploadsOrStaff'
import { setUploadedBy } from '@/hooks/setUploadedBy'
import { dataDir } from '@/lib/env'
import {
  enforceUploadPolicy,
  hardenedUpload,
  originalNameField,
  uploadPolicies,
} from '@/lib/uploads'

import { slugs } from '../slugs'

/**
 * Private files of expert profiles (CVs): the expert who uploaded them and staff, who read them
 * while vetting. Advocates see the profile, never these files (SPEC §7).
 */
export const ExpertDocuments: CollectionConfig = {
  slug: slugs.expertDocuments,
  labels: { singular: 'Expert document', plural: 'Expert documents' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'originalName', 'uploadedBy', 'filesize', 'createdAt'],
    group: 'Experts',
  },
  access: {
    // Also the file route's rule: /api/expert-documents/file/<name> is served only when this
    // query finds the document for the viewer.
    read: ownUploadsOrStaff,
    create: isExpertOrStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeOperation: [enforceUploadPolicy(uploadPolicies.expertDocuments)],
    beforeChange: [setUploadedBy],
  },
  upload: hardenedUpload({
    policy: uploadPolicies.expertDocuments,
    staticDir: path.join(dataDir, 'uploads', 'expert-documents'),
    isPublic: false,
  }),
  fields: [
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
