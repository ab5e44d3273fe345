import 'server-only'

import { cache } from 'react'

import { findCaseAs } from '@/collections/Cases/services/findCaseAs'
import { getViewer } from '@/lib/payload'
import { viewerRequest } from '@/lib/services/viewer-request'

/**
 * The signed-in viewer and the case as they may see it (owner, shared user, staff), once per
 * request: metadata and page share it. A refused or missing case is `null`, told apart by nobody.
 */
export const loadViewerCase = cache(async (id: string) => {
  const { payload, user } = await getViewer()
  const theCase = user ? await findCaseAs({ req: await viewerRequest(payload, user), id }) : null
  return { payload, user, theCase }
})
