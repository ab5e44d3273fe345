'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { changeShortlist } from '@/collections/Cases/services/changeShortlist'
import { getViewer } from '@/lib/payload'
import { safeNextPath } from '@/lib/portal/session'
import { viewerRequest } from '@/lib/services/viewer-request'
import type { User } from '@/payload-types'

/**
 * Adds an expert to a case's shortlist, or removes one, through the shortlist service (the one POST
 * /api/cases/:id/shortlist runs: it checks the viewer works on the case and the expert is listed),
 * then returns to `back`.
 */
export async function shortlistAction(formData: FormData) {
  const caseId = String(formData.get('caseId') ?? '')
  const expert = String(formData.get('expert') ?? '')
  const action = formData.get('action') === 'remove' ? 'remove' : 'add'
  const back = safeNextPath(formData.get('back')) ?? `/cases/${caseId}`
  const { payload, user } = await getViewer()
  if (!user) redirect(`/login?next=${encodeURIComponent(back)}`)
  const result = await changeShortlist({
    req: await viewerRequest(payload, user as User),
    caseId,
    expert,
    action,
  })
  revalidatePath(`/cases/${caseId}`)
  const joiner = back.includes('?') ? '&' : '?'
  redirect(`${back}${joiner}shortlist=${result.ok ? action : 'error'}`)
}
