'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { shareCase } from '@/collections/Cases/services/shareCase'
import { unshareCase } from '@/collections/Cases/services/unshareCase'
import { withdrawInvitation } from '@/collections/Cases/services/withdrawInvitation'
import { getViewer } from '@/lib/payload'
import type { FormState } from '@/lib/portal/form-state'
import { formError, formSuccess, isChecked, textOf } from '@/lib/portal/form-state'
import { viewerRequest } from '@/lib/services/viewer-request'
import type { User } from '@/payload-types'

export type ShareState = FormState & { canInvite?: boolean }

/** Which field a refusal of the sharing service belongs to. */
const fieldOf: Record<string, string> = {
  'invalid-email': 'email',
  'already-owner': 'email',
  'already-shared': 'email',
  'not-an-advocate': 'email',
  'no-account': 'email',
  'attestation-required': 'attestation',
}

/**
 * Shares the case as the viewer through the sharing service (the same one POST /api/cases/:id/share
 * runs): it checks that the viewer owns the case, stores the attestation, logs the share and
 * queues the email.
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
  const result = await shareCase({
    req: await viewerRequest(payload, user as User),
    caseId: bound.caseId,
    email,
    attestation,
    invite,
  })
  if (result.ok) {
    revalidatePath(`/cases/${bound.caseId}`, 'layout')
    const { status, email: recipient } = result.value
    return formSuccess({
      message:
        status === 'shared'
          ? `Case shared with ${recipient}. We emailed them; the case now appears under “Cases Shared With Me” on their My Account page.`
          : `Invitation sent to ${recipient}. Access starts once they create an account with this address and confirm it.`,
    })
  }
  const { code, message } = result
  const field = fieldOf[code]
  if (field) {
    return {
      ...formError({ values, errors: { [field]: message } }),
      canInvite: code === 'no-account',
    }
  }
  return formError({ values, message })
}

/** Removes a shared user (the service DELETE /api/cases/:id/share/:userId runs). */
export async function removeShareAction(bound: { caseId: number; userId: number }) {
  const { payload, user } = await getViewer()
  if (!user) redirect(`/login?next=${encodeURIComponent(`/cases/${bound.caseId}/share`)}`)
  const result = await unshareCase({
    req: await viewerRequest(payload, user as User),
    caseId: bound.caseId,
    userId: bound.userId,
  })
  revalidatePath(`/cases/${bound.caseId}`, 'layout')
  redirect(`/cases/${bound.caseId}/share?${result.ok ? 'removed=1' : 'error=remove'}`)
}

/** Withdraws a pending invitation (the service DELETE /api/cases/:id/invitations/:shareId runs). */
export async function cancelInvitationAction(bound: { caseId: number; shareId: string }) {
  const { payload, user } = await getViewer()
  if (!user) redirect(`/login?next=${encodeURIComponent(`/cases/${bound.caseId}/share`)}`)
  const result = await withdrawInvitation({
    req: await viewerRequest(payload, user as User),
    caseId: bound.caseId,
    shareId: bound.shareId,
  })
  revalidatePath(`/cases/${bound.caseId}`, 'layout')
  redirect(`/cases/${bound.caseId}/share?${result.ok ? 'withdrawn=1' : 'error=withdraw'}`)
}
