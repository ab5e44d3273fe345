'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { caseShortlistEndpoint } from '@/collections/Cases/endpoints/shortlist'
import { getViewer } from '@/lib/payload'
import { callEndpoint } from '@/lib/portal/endpoints'
import { safeNextPath } from '@/lib/portal/session'
import type { User } from '@/payload-types'

/**
 * Adds an expert to a case's shortlist, or removes one, through POST /api/cases/:id/shortlist
 * (which checks the viewer works on the case and the expert is listed), then returns to `back`.
 */
export async function shortlistAction(formData: FormData) {
  const caseId = String(formData.get('caseId') ?? '')
  const expert = String(formData.get('expert') ?? '')
  const action = formData.get('action') === 'remove' ? 'remove' : 'add'
  const back = safeNextPath(formData.get('back')) ?? `/cases/${caseId}`
  const { payload, user } = await getViewer()
  if (!user) redirect(`/login?next=${encodeURIComponent(back)}`)
  const { status } = await callEndpoint({
    payload,
    user: user as User,
    endpoint: caseShortlistEndpoint,
    routeParams: { id: caseId },
    body: { expert, action },
  })
  revalidatePath(`/cases/${caseId}`)
  const joiner = back.includes('?') ? '&' : '?'
  redirect(`${back}${joiner}shortlist=${status === 200 ? action : 'error'}`)
}
