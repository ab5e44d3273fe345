'use client'

import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useState } from 'react'

import { caseLimits } from '@/collections/Cases/options'
import { formatCount } from '@/lib/limits'
import { isStaffUser } from '@/lib/roles'
import type { User } from '@/payload-types'

import {
  buttonClass,
  buttonStyle,
  ConfirmStep,
  idle,
  Panel,
  StatusLine,
  type Status,
} from './Panel'

/** Sends one case action to its endpoint; the service's refusal message comes back as the error. */
const callCaseEndpoint = async ({
  path,
  method,
  body,
  fallback,
}: {
  path: string
  method: 'POST' | 'DELETE'
  body?: unknown
  fallback: string
}): Promise<{ isOk: true } | { isOk: false; message: string }> => {
  try {
    const response = await fetch(path, {
      method,
      credentials: 'include',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (response.ok) return { isOk: true }
    const answer = (await response.json().catch(() => ({}))) as { message?: string }
    return { isOk: false, message: answer.message ?? fallback }
  } catch {
    return { isOk: false, message: `${fallback} Check your connection.` }
  }
}

/**
 * "Transfer to another advocate", in the case's admin sidebar, for staff only: an account email,
 * a reason and a confirmation, then POST /api/cases/:id/transfer (services/transferCase.ts), which
 * moves the case, logs the reason and emails both attorneys. The document reloads afterwards.
 */
export const CaseTransferPanel = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const caseNumber = useFormFields(([fields]) => fields.caseNumber?.value) as string | undefined
  const router = useRouter()
  const baseId = useId()
  const [email, setEmail] = useState('')
  const [reason, setReason] = useState('')
  const [isConfirming, setIsConfirming] = useState(false)
  const [status, setStatus] = useState<Status>(idle)
  if (!id || !isStaffUser(user)) return null
  const isReasonOver = reason.length > caseLimits.transferReason

  const ask = () => {
    if (!email.trim()) {
      setStatus({ kind: 'error', text: 'Enter the email address of the receiving advocate.' })
      return
    }
    if (!reason.trim()) {
      setStatus({ kind: 'error', text: 'Give the reason for the transfer.' })
      return
    }
    setStatus(idle)
    setIsConfirming(true)
  }

  const transfer = async () => {
    setStatus({ kind: 'busy', text: 'Transferring the case…' })
    const result = await callCaseEndpoint({
      path: `/api/cases/${id}/transfer`,
      method: 'POST',
      body: { email: email.trim(), reason },
      fallback: 'The case could not be transferred.',
    })
    setIsConfirming(false)
    if (!result.isOk) {
      setStatus({ kind: 'error', text: result.message })
      return
    }
    setStatus({
      kind: 'done',
      text: `Transferred to ${email.trim()}. Both attorneys were emailed.`,
    })
    setEmail('')
    setReason('')
    router.refresh()
  }

  return (
    <Panel
      className="case-transfer-panel"
      headingId={`${baseId}-heading`}
      title="Transfer to another advocate"
    >
      <p style={{ margin: '0 0 8px', fontSize: 13 }}>
        The case moves to another verified advocate account. The current owner loses access at once.
        Save any edits first.
      </p>
      <label
        htmlFor={`${baseId}-email`}
        style={{ display: 'block', fontWeight: 600, margin: '0 0 4px' }}
      >
        Email of the receiving advocate
      </label>
      <input
        id={`${baseId}-email`}
        type="email"
        autoComplete="off"
        value={email}
        disabled={isConfirming || status.kind === 'busy'}
        onChange={(event) => setEmail(event.target.value)}
        style={{ width: '100%', marginBottom: 8, minHeight: 32 }}
      />
      <label
        htmlFor={`${baseId}-reason`}
        style={{ display: 'block', fontWeight: 600, margin: '0 0 4px' }}
      >
        Reason (required)
      </label>
      <p id={`${baseId}-reason-hint`} style={{ margin: '0 0 4px', fontSize: 13 }}>
        Logged and sent to both attorneys. No client names or facts.
      </p>
      <textarea
        id={`${baseId}-reason`}
        aria-describedby={`${baseId}-reason-hint ${baseId}-reason-count`}
        value={reason}
        rows={3}
        disabled={isConfirming || status.kind === 'busy'}
        onChange={(event) => setReason(event.target.value)}
        style={{ width: '100%', marginBottom: 4 }}
      />
      {/* A count, never a maxlength: the transfer endpoint refuses a longer reason and says so. */}
      <p
        id={`${baseId}-reason-count`}
        style={{
          margin: '0 0 8px',
          fontSize: 13,
          ...(isReasonOver ? { color: 'var(--theme-error-500)', fontWeight: 600 } : {}),
        }}
      >
        {formatCount(reason.length)} of {formatCount(caseLimits.transferReason)} characters
      </p>
      {isConfirming ? (
        <ConfirmStep
          id={`${baseId}-confirm`}
          question={`Transfer case ${caseNumber ?? ''} to ${email.trim()}? The current owner loses access.`}
          confirmLabel="Confirm transfer"
          isBusy={status.kind === 'busy'}
          onConfirm={() => void transfer()}
          onCancel={() => setIsConfirming(false)}
        />
      ) : (
        <button
          type="button"
          className={buttonClass}
          style={buttonStyle}
          disabled={status.kind === 'busy'}
          onClick={ask}
        >
          Transfer…
        </button>
      )}
      <StatusLine status={status} />
    </Panel>
  )
}

type ShareRow = {
  id: string
  user?: { id: number; email?: string | null } | number | null
  invitedEmail?: string | null
}

type Access = { key: string; label: string; kind: 'share' | 'invitation'; path: string }

/** The shares of a case as people to list, each with the endpoint that removes them. */
const accessesOf = (caseId: number | string, shares: ShareRow[]): Access[] =>
  shares.flatMap((share): Access[] => {
    if (share.user) {
      const userId = typeof share.user === 'object' ? share.user.id : share.user
      const email = typeof share.user === 'object' ? share.user.email : null
      return [
        {
          key: share.id,
          label: email ?? `Account ${userId}`,
          kind: 'share',
          path: `/api/cases/${caseId}/share/${userId}`,
        },
      ]
    }
    if (share.invitedEmail) {
      return [
        {
          key: share.id,
          label: share.invitedEmail,
          kind: 'invitation',
          path: `/api/cases/${caseId}/invitations/${share.id}`,
        },
      ]
    }
    return []
  })

/** The case's shares as the viewer may read them over REST; null when they could not be read. */
const fetchAccesses = async (caseId: number | string): Promise<Access[] | null> => {
  try {
    const response = await fetch(`/api/cases/${caseId}?depth=1&select[shares]=true`, {
      credentials: 'include',
    })
    if (!response.ok) return null
    const answer = (await response.json()) as { shares?: ShareRow[] }
    return accessesOf(caseId, answer.shares ?? [])
  } catch {
    return null
  }
}

/**
 * The people a case is shared with and its pending invitations, each with a Remove button, under
 * the Sharing tab, for staff only. Removal goes through the portal's own endpoints
 * (services/unshareCase.ts, services/withdrawInvitation.ts), so it is logged and emailed.
 */
export const CaseSharesPanel = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const router = useRouter()
  const baseId = useId()
  const [accesses, setAccesses] = useState<Access[] | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [status, setStatus] = useState<Status>(idle)
  const isStaff = isStaffUser(user)

  // Bumped after each removal so the list is read again from the server.
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!id || !isStaff) return
    let isCurrent = true
    void fetchAccesses(id).then((loaded) => {
      if (!isCurrent) return
      if (loaded) setAccesses(loaded)
      else setStatus({ kind: 'error', text: 'The shared users could not be loaded.' })
    })
    return () => {
      isCurrent = false
    }
  }, [id, isStaff, version])

  if (!id || !isStaff) return null

  const remove = async (access: Access) => {
    setStatus({ kind: 'busy', text: `Removing ${access.label}…` })
    const result = await callCaseEndpoint({
      path: access.path,
      method: 'DELETE',
      fallback: `${access.label} could not be removed.`,
    })
    setConfirming(null)
    if (!result.isOk) {
      setStatus({ kind: 'error', text: result.message })
      return
    }
    setStatus({
      kind: 'done',
      text:
        access.kind === 'share'
          ? `Removed ${access.label}. Their access ended and they were emailed.`
          : `Withdrew the invitation to ${access.label}. The address was emailed.`,
    })
    setVersion((current) => current + 1)
    router.refresh()
  }

  return (
    <Panel
      className="case-shares-panel"
      headingId={`${baseId}-heading`}
      title="Shared users and invitations"
    >
      {accesses === null ? (
        <p>Loading…</p>
      ) : accesses.length === 0 ? (
        <p>This case is not shared with anyone.</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {accesses.map((access) => (
            <li
              key={access.key}
              style={{
                display: 'flex',
                flexWrap: 'wrap',
                alignItems: 'center',
                gap: 8,
                padding: '6px 0',
                borderBottom: '1px solid var(--theme-elevation-150)',
              }}
            >
              <span style={{ flex: '1 1 220px' }}>
                {access.label}
                {access.kind === 'invitation' ? ' (invitation pending)' : ''}
              </span>
              {confirming === access.key ? (
                <>
                  <span style={{ fontWeight: 600 }}>
                    {access.kind === 'share'
                      ? `Remove ${access.label}? They lose access at once.`
                      : `Withdraw the invitation to ${access.label}?`}
                  </span>
                  <button
                    type="button"
                    className={buttonClass}
                    style={buttonStyle}
                    disabled={status.kind === 'busy'}
                    onClick={() => void remove(access)}
                  >
                    Confirm removal
                  </button>
                  <button
                    type="button"
                    className={buttonClass}
                    style={buttonStyle}
                    disabled={status.kind === 'busy'}
                    onClick={() => setConfirming(null)}
                  >
                    Cancel
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className={buttonClass}
                  style={buttonStyle}
                  aria-label={`Remove ${access.label}`}
                  disabled={status.kind === 'busy'}
                  onClick={() => setConfirming(access.key)}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <StatusLine status={status} />
    </Panel>
  )
}
