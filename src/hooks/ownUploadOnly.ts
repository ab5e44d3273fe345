import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import type { UploadCollectionSlug } from 'payload'

import { idOf } from '@/lib/ids'
import { isStaffUser } from '@/lib/roles'

/**
 * A non-staff record may only point at a file its author uploaded: otherwise a submission could
 * name any private library file by id and staff would see it as the submitter's.
 */
export const ownUploadOnly =
  ({
    field,
    collection,
  }: {
    field: string
    collection: UploadCollectionSlug
  }): CollectionBeforeChangeHook =>
  async ({ data, req, originalDoc }) => {
    // Staff may attach any file; code without a user (seed, operator scripts) is trusted.
    if (!req.user || isStaffUser(req.user)) return data
    const fileId = idOf(data[field])
    if (fileId === null || fileId === idOf(originalDoc?.[field])) return data
    const file = await req.payload
      .findByID({
        collection,
        id: fileId,
        depth: 0,
        select: { uploadedBy: true } as Record<string, true>,
        overrideAccess: true, // to compare the uploader; nothing is returned to the caller
        req,
      })
      .catch(() => null)
    const uploader = idOf((file as { uploadedBy?: unknown } | null)?.uploadedBy)
    if (uploader !== req.user.id) {
      throw new ValidationError({
        errors: [{ path: field, message: 'Attach a file you uploaded yourself.' }],
        req,
      })
    }
    return data
  }
