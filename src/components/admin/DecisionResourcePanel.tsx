'use client'

import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useRef, useState } from 'react'

import { resourceLimits } from '@/collections/Resources/options'
import { isStaffUser } from '@/lib/roles'
import type { User } from '@/payload-types'

import {
  buttonClass,
  buttonStyle,
  fieldErrorStyle,
  idle,
  labelStyle,
  Panel,
  StatusLine,
  type Status,
} from './Panel'

type Answer = { resourceId?: number; message?: string; errors?: Record<string, string> }

/**
 * "Make a library resource", on an outcome's admin view, for staff only, while the outcome has a
 * decision document and no resource yet: staff upload the redacted decision, give it a title and
 * confirm the redaction; POST /api/outcomes/:id/decision-resource (services/makeDecisionResource.ts)
 * makes a draft "unpublished decision" resource from it. The document reloads to show the link.
 */
export const DecisionResourcePanel = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const values = useFormFields(([fields]) => ({
    document: fields.decisionDocument?.value,
    resource: fields.decisionResource?.value,
    permission: fields.permissionToShare?.value,
  }))
  const router = useRouter()
  const baseId = useId()
  const [status, setStatus] = useState<Status>(idle)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [resourceId, setResourceId] = useState<number | null>(null)
  const [title, setTitle] = useState('Unpublished decision: ')
  const [isConfirmed, setIsConfirmed] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  if (!id || !isStaffUser(user) || !values.document) return null
  const heading = `${baseId}-heading`

  if (values.resource || resourceId) {
    const linked = resourceId ?? values.resource
    const target = typeof linked === 'object' && linked ? (linked as { id: number }).id : linked
    return (
      <Panel className="decision-resource-panel" headingId={heading} title="Library resource">
        <p style={{ margin: 0 }}>
          This decision is a library resource:{' '}
          <a href={`/admin/collections/resources/${String(target)}`}>
            open resource {String(target)}
          </a>
          . Review it and publish it from there.
        </p>
      </Panel>
    )
  }
  if (!values.permission) {
    return (
      <Panel className="decision-resource-panel" headingId={heading} title="Library resource">
        <p style={{ margin: 0 }}>
          The attorney did not give permission to share this decision, so it cannot become a library
          resource.
        </p>
      </Panel>
    )
  }

  // Not a <form>: this panel sits inside the document's own form, which a nested form would break.
  const submit = async () => {
    const body = new FormData()
    const file = fileInput.current?.files?.[0]
    if (file) body.set('file', file)
    body.set('title', title)
    if (isConfirmed) body.set('confirmRedacted', 'true')
    setErrors({})
    setStatus({ kind: 'busy', text: 'Uploading the redacted decision…' })
    try {
      const response = await fetch(`/api/outcomes/${id}/decision-resource`, {
        method: 'POST',
        credentials: 'include',
        body,
      })
      const answer = (await response.json().catch(() => ({}))) as Answer
      if (!response.ok) {
        setErrors(answer.errors ?? {})
        setStatus({ kind: 'error', text: answer.message ?? 'The resource could not be made.' })
        return
      }
      setResourceId(answer.resourceId ?? null)
      setStatus({ kind: 'done', text: 'Draft resource made.' })
      router.refresh()
    } catch {
      setStatus({ kind: 'error', text: 'The resource could not be made. Check your connection.' })
    }
  }

  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`${baseId}-${name}-error`} style={fieldErrorStyle}>
        {errors[name]}
      </p>
    ) : null
  const describedBy = (name: string, hint?: string) =>
    [hint, errors[name] ? `${baseId}-${name}-error` : ''].filter(Boolean).join(' ') || undefined

  return (
    <Panel
      className="decision-resource-panel"
      headingId={heading}
      title="Make a library resource from this decision"
    >
      <p style={{ margin: '0 0 8px' }}>
        Download the decision above, redact it, then upload the redacted file. It becomes a draft
        “Unpublished decision” matched by this case’s claim types; the case number stays visible to
        staff only.
      </p>
      <div role="group" aria-labelledby={heading}>
        <label htmlFor={`${baseId}-file`} style={labelStyle}>
          Redacted decision (PDF or Word)
        </label>
        <input
          id={`${baseId}-file`}
          ref={fileInput}
          type="file"
          accept=".pdf,.docx,application/pdf"
          aria-invalid={Boolean(errors.file) || undefined}
          aria-describedby={describedBy('file')}
          style={{ marginBottom: 8 }}
        />
        {fieldError('file')}
        <label htmlFor={`${baseId}-title`} style={labelStyle}>
          Title
        </label>
        <input
          id={`${baseId}-title`}
          type="text"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={Boolean(errors.title) || undefined}
          aria-describedby={describedBy('title', `${baseId}-title-hint`)}
          style={{ width: '100%', minHeight: 32, marginBottom: 4 }}
        />
        <p id={`${baseId}-title-hint`} style={{ margin: '0 0 8px', fontSize: 13 }}>
          What was decided and where, never who it is about. Up to {resourceLimits.title}{' '}
          characters.
        </p>
        {fieldError('title')}
        <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 8 }}>
          <input
            id={`${baseId}-confirm`}
            type="checkbox"
            checked={isConfirmed}
            onChange={(event) => setIsConfirmed(event.target.checked)}
            aria-invalid={Boolean(errors.confirmRedacted) || undefined}
            aria-describedby={describedBy('confirmRedacted')}
            style={{ marginTop: 4 }}
          />
          <label htmlFor={`${baseId}-confirm`}>
            I removed every name, A-number, date of birth and other detail that could identify the
            applicant or their family.
          </label>
        </div>
        {fieldError('confirmRedacted')}
        <button
          type="button"
          className={buttonClass}
          style={buttonStyle}
          disabled={status.kind === 'busy'}
          onClick={() => void submit()}
        >
          Make draft resource
        </button>
      </div>
      <StatusLine status={status} />
    </Panel>
  )
}
