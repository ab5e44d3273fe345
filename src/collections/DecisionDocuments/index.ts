import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { relatedCaseMemberOrStaff } from '@/access/relatedCaseMemberOrStaff'
import { isStaff } from '@/access/isStaff'
import { ownerOfReferencedCase } from '@/access/ownerOfReferencedCase'
import { assigneeField, queueStatusField } from '@/fields/staffQueue'
import { dataDir } from '@/lib/env'
import {
  enforceUploadPolicy,
  hardenedUpload,
  originalNameField,
  uploadPolicies,
} from '@/lib/uploads'

import { slugs } from '../slugs'
import { decisionReviewStatuses } from './options'

/** Decisions uploaded with outcomes: the case's owner, shared users and staff only, never public. */
export const DecisionDocuments: CollectionConfig = {
  slug: slugs.decisionDocuments,
  labels: { singular: 'Decision document', plural: 'Decision documents' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'originalName', 'case', 'status', 'assignee', 'createdAt'],
    group: 'Cases',
  },
  access: {
    // Also the file route's rule: Payload serves /api/decision-documents/file/<name> only when
    // this query finds the document for the viewer.
    read: relatedCaseMemberOrStaff,
    create: ownerOfReferencedCase,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeOperation: [enforceUploadPolicy(uploadPolicies.decisionDocuments)],
  },
  upload: hardenedUpload({
    policy: uploadPolicies.decisionDocuments,
    staticDir: path.join(dataDir, 'uploads', 'decision-documents'),
    isPublic: false,
  }),
  fields: [
    { name: 'case', type: 'relationship', relationTo: slugs.cases, required: true, index: true },
    originalNameField,
    // Staff review each uploaded decision before any redacted copy can become a resource.
    { ...queueStatusField({ options: decisionReviewStatuses }), label: 'Review status' },
    assigneeField(),
  ],
}
