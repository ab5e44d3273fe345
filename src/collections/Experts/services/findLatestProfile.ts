import type { PayloadRequest } from 'payload'

import type { Expert } from '@/payload-types'

/**
 * The latest version of a profile (the draft when there is one) as `req.user` may read it; null
 * for an id that is not digits, a profile that does not exist or one the person may not read, so
 * an id reveals nothing.
 */
export const findLatestProfile = async ({
  req,
  id,
}: {
  req: PayloadRequest
  id: unknown
}): Promise<Expert | null> => {
  if (typeof id !== 'string' && typeof id !== 'number') return null
  if (!/^\d{1,10}$/.test(String(id))) return null
  try {
    return await req.payload.findByID({
      collection: 'experts',
      id,
      draft: true,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
  } catch {
    return null
  }
}
