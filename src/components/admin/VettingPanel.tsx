'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { profileLimits } from '@/collections/Experts/options'
import { formatCount } from '@/lib/limits'

type Decision = 'approved' | 'changes-requested' | 'rejected'

const buttons: { decision: Decision; label: string }[] = [
  { decision: 'approved', label: 'Approve and list' },
  { decision: 'changes-requested', label: 'Request changes' },
  { decision: 'rejected', label: 'Reject' },
]

/**
 * The staff decision on an expert profile, in the admin sidebar: a message to the expert and three
 * buttons. It posts to /api/experts/:id/review, which publishes or unlists the profile, logs the
 * decision and emails the expert, then reloads the document.
 */
export const VettingPanel = () => {
  const { id } = useDocumentInfo()
  const reviewStatus = useFormFields(([fields]) => fields.reviewStatus?.value) as string | undefined
  const router = useRouter()
  const messageId = useId()
  const [message, setMessage] = useState('')
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' | 'error'; text?: string }>({
    kind: 'idle',
  })
  if (!id) return null
  const isOver = message.length > profileLimits.reviewMessage

  const decide = async (decision: Decision) => {
    setState({ kind: 'busy', text: 'Saving the decision…' })
    try {
      const response = await fetch(`/api/experts/${id}/review`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ decision, message }),
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string }
      if (!response.ok) {
        setState({ kind: 'error', text: body.message ?? 'The decision could not be saved.' })
        return
      }
      setMessage('')
      setState({ kind: 'done', text: 'Decision saved and emailed to the expert.' })
      router.refresh()
    } catch {
      setState({ kind: 'error', text: 'The decision could not be saved. Check your connection.' })
    }
  }

  return (
    <section className="vetting-panel" aria-labelledby={`${messageId}-heading`}>
      <h3 id={`${messageId}-heading`} style={{ margin: '0 0 8px' }}>
        Vetting decision
      </h3>
      <p style={{ margin: '0 0 8px' }}>
        {reviewStatus === 'submitted'
          ? 'This profile is waiting for your decision.'
          : 'Decide on the latest version of this profile.'}{' '}
        Save any edits first.
      </p>
      <label htmlFor={messageId} style={{ display: 'block', fontWeight: 600, margin: '0 0 4px' }}>
        Message to the expert
      </label>
      <p id={`${messageId}-hint`} style={{ margin: '0 0 4px', fontSize: 13 }}>
        Required to request changes or reject. The expert sees it; keep internal remarks in Staff
        notes.
      </p>
      <textarea
        id={messageId}
        aria-describedby={`${messageId}-hint ${messageId}-count`}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        rows={4}
        style={{ width: '100%', marginBottom: 4 }}
      />
      {/* A count, never a maxlength: the review endpoint refuses a longer message and says so. */}
      <p
        id={`${messageId}-count`}
        style={{
          margin: '0 0 8px',
          fontSize: 13,
          ...(isOver ? { color: 'var(--theme-error-500)', fontWeight: 600 } : {}),
        }}
      >
        {formatCount(message.length)} of {formatCount(profileLimits.reviewMessage)} characters
        {isOver ? `: ${formatCount(message.length - profileLimits.reviewMessage)} too many` : ''}
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {buttons.map((button) => (
          <button
            key={button.decision}
            type="button"
            className="btn btn--style-secondary btn--size-small"
            style={{ margin: 0, minHeight: 32 }}
            disabled={state.kind === 'busy'}
            onClick={() => void decide(button.decision)}
          >
            {button.label}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" style={{ margin: '8px 0 0' }}>
        {state.kind === 'idle' ? '' : state.text}
      </p>
    </section>
  )
}
