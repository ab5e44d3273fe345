import 'server-only'

import { cache } from 'react'

import { getViewer } from '@/lib/payload'
import type { Case } from '@/payload-types'

/**
 * The signed-in viewer and the case as they may see it (owner, shared user, staff), once per
 * request: metadata and page share it. A refused or missing case is `null`, told apart by nobody.
 */
export const loadViewerCase = cache(async (id: string) => {
  const { payload, user } = await getViewer()
  let theCase: Case | null = null
  if (user && /^\d{1,10}$/.test(id)) {
    try {
      theCase = await payload.findByID({
        collection: 'cases',
        id,
        user,
        overrideAccess: false,
        depth: 0,
      })
    } catch {
      theCase = null
    }
  }
  return { payload, user, theCase }
})
