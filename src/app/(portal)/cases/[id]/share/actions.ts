'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import {
  cancelInvitationEndpoint,
  shareCaseEndpoint,
  unshareCaseEndpoint,
} from '@/collections/Cases/endpoints/share'
import { getViewer } from '@/lib/payload'
import { callEndpoint } from '@/lib/portal/endpoints'
import type { FormState } from '@/lib/portal/form-state'
import { formError, formSuccess, isChecked, textOf } from '@/lib/portal/form-state'
import type { User } from '@/payload-types'

export type ShareState = FormState & { canInvite?: boolean }

/** Which field an error code of the sharing endpoint belongs to. */
const fieldOf: Record<string, string> = {
  'invalid-email': 'email',
  'already-owner': 'email',
  'already-shared': 'email',
  'not-an-advocate': 'email',
  'no-account': 'email',
  'attestation-required': 'attestation',
}

/**
 * Shares the case through the sharing endpoint's own handler (POST /api/cases/:id/share): it checks
 * that the viewer owns the case, stores the attestation, logs the share and queues the email.
 */
export async function shareCaseAction(
  bound: { caseId: number },
  _prev: ShareState,
  formData: FormData,
): Promise<ShareState> {
  const email = textOf(formData, 'email')
  const attestation = isChecked(formData, 'attestation')
  const invite = textOf(formData, 'intent') === 'invite'
  const values = { email, attestation: attestation ? 'on' : '' }
  const { payload, user } = await getViewer()
  if (!user) return formError({ values, message: 'Your session has ended. Log in again.' })
  const { status, body } = await callEndpoint({
    payload,
    user: user as User,
    endpoint: shareCaseEndpoint,
    routeParams: { id: String(bound.caseId) },
    body: { email, attestation, invite },
  })
  if (status === 200 || status === 202) {
    revalidatePath(`/cases/${bound.caseId}`, 'layout')
    return formSuccess({
      message:
        status === 200
          ? `Case shared with ${body.email}. We emailed them; the case now appears under “Cases Shared With Me” on their My Account page.`
          : `Invitation sent to ${body.email}. Access starts once they create an account with this address and confirm it.`,
    })
  }
  const code = String(body.error ?? '')
  const message = String(body.message ?? 'The case could not be shared. Please try again.')
  const field = fieldOf[code]
  if (field) {
    return {
      ...formError({ values, errors: { [field]: message } }),
      canInvite: code === 'no-account',
    }
  }
  return formError({ values, message })
}

/** Removes a shared user through the endpoint's handler (DELETE /api/cases/:id/share/:userId). */
export async function removeShareAction(bound: { caseId: number; userId: number }) {
  const { payload, user } = await getViewer()
  if (!user) redirect(`/login?next=${encodeURIComponent(`/cases/${bound.caseId}/share`)}`)
  const { status } = await callEndpoint({
    payload,
    user: user as User,
    endpoint: unshareCaseEndpoint,
    routeParams: { id: String(bound.caseId), userId: String(bound.userId) },
  })
  revalidatePath(`/cases/${bound.caseId}`, 'layout')
  redirect(`/cases/${bound.caseId}/share?${status === 200 ? 'removed=1' : 'error=remove'}`)
}

/** Withdraws a pending invitation (DELETE /api/cases/:id/invitations/:shareId). */
export async function cancelInvitationAction(bound: { caseId: number; shareId: string }) {
  const { payload, user } = await getViewer()
  if (!user) redirect(`/login?next=${encodeURIComponent(`/cases/${bound.caseId}/share`)}`)
  const { status } = await callEndpoint({
    payload,
    user: user as User,
    endpoint: cancelInvitationEndpoint,
    routeParams: { id: String(bound.caseId), shareId: bound.shareId },
  })
  revalidatePath(`/cases/${bound.caseId}`, 'layout')
  redirect(`/cases/${bound.caseId}/share?${status === 200 ? 'withdrawn=1' : 'error=withdraw'}`)
}
