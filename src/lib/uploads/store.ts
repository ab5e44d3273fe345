import type { Payload, PayloadRequest, UploadCollectionSlug } from 'payload'

import type { User } from '@/payload-types'

import { payloadFieldErrors } from '@/lib/portal/form-state'

/** The file a form sent under `name`, or null when none was chosen. */
export const uploadedFile = (formData: FormData, name: string): File | null => {
  const file = formData.get(name)
  return file && typeof file === 'object' && file.size > 0 ? (file as File) : null
}

/**
 * Stores a form's file in an upload collection as the viewer (the collection's own access rules
 * and upload policy apply). A refusal the person can act on (wrong type, too large) comes back as
 * `{ error }` for the form's file field; anything else is thrown.
 */
export const storeUpload = async ({
  payload,
  user,
  collection,
  file,
  data = {},
  req,
}: {
  payload: Payload
  user: User
  collection: UploadCollectionSlug
  file: File
  data?: Record<string, unknown>
  req?: PayloadRequest
}): Promise<{ id: number; error?: undefined } | { id?: undefined; error: string }> => {
  try {
    const stored = await payload.create({
      collection,
      data: data as never,
      file: {
        data: Buffer.from(await file.arrayBuffer()),
        mimetype: file.type || 'application/octet-stream',
        name: file.name,
        size: file.size,
      },
      user,
      overrideAccess: false,
      depth: 0,
      ...(req ? { req } : {}),
    })
    return { id: stored.id as number }
  } catch (error) {
    const { status, message } = error as { status?: number; message?: string }
    if (status && status < 500) {
      return {
        error:
          Object.values(payloadFieldErrors(error))[0] ?? message ?? 'This file cannot be uploaded.',
      }
    }
    throw error
  }
}
