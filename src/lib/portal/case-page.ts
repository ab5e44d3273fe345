import 'server-only'

import { notFound } from 'next/navigation'

import { findCaseAs } from '@/collections/Cases/services/findCaseAs'
import type { Case } from '@/payload-types'

import { casePageView, caseRoleOf, nameOf, type CaseRole } from './cases'
import { requireViewer } from './session'

/**
 * What every case page starts with: the signed-in viewer (sent to log in, and back to `path`,
 * otherwise), the case as they may see it (not found when they may not) and their role on it.
 */
export const openCasePage = async ({ id, path }: { id: string; path: string }) => {
  const viewer = await requireViewer({ path })
  const theCase = await findCaseAs({ req: viewer.req, id, ...casePageView })
  if (!theCase) notFound()
  return { ...viewer, theCase, role: caseRoleOf(theCase, viewer.user) }
}

/** The CaseHeader props that come from the case and the viewer's role on it. */
export const caseHeaderProps = (theCase: Case, role: CaseRole) => ({
  caseId: theCase.id,
  caseNumber: theCase.caseNumber,
  country: nameOf(theCase.country),
  role,
})
