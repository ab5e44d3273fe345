import type { ReactNode } from 'react'

/** Where an admin action is: nothing yet, working, done, or refused (with the reason). */
export type Status = { kind: 'idle' | 'busy' | 'done' | 'error'; text?: string }

export const idle: Status = { kind: 'idle' }

/** Payload's own small secondary button, so custom actions look like the admin panel's. */
export const buttonClass = 'btn btn--style-secondary btn--size-small'
export const buttonStyle = { margin: 0, minHeight: 32 }

/** A titled block of an admin edit view's sidebar or tab. */
export const Panel = ({
  className,
  headingId,
  title,
  children,
}: {
  className: string
  headingId: string
  title: string
  children: ReactNode
}) => (
  <section className={className} aria-labelledby={headingId} style={{ marginBottom: 24 }}>
    <h3 id={headingId} style={{ margin: '0 0 8px' }}>
      {title}
    </h3>
    {children}
  </section>
)

/** The action's progress or result, announced to screen readers as it changes. */
export const StatusLine = ({ status }: { status: Status }) => (
  <p
    role="status"
    aria-live="polite"
    style={{
      margin: '8px 0 0',
      ...(status.kind === 'error' ? { color: 'var(--theme-error-500)', fontWeight: 600 } : {}),
    }}
  >
    {status.kind === 'idle' ? '' : status.text}
  </p>
)

/** A field's label and the refusal shown under it. */
export const labelStyle = { display: 'block', fontWeight: 600, margin: '0 0 4px' } as const
export const fieldErrorStyle = {
  margin: '0 0 8px',
  color: 'var(--theme-error-500)',
  fontWeight: 600,
} as const

/**
 * The second step of an action that cannot be undone: the question in words (what happens, to
 * whom), then Confirm or Cancel.
 */
export const ConfirmStep = ({
  id,
  question,
  confirmLabel,
  isBusy,
  onConfirm,
  onCancel,
}: {
  id: string
  question: ReactNode
  confirmLabel: string
  isBusy: boolean
  onConfirm: () => void
  onCancel: () => void
}) => (
  <div role="group" aria-labelledby={id}>
    <p id={id} style={{ margin: '0 0 8px', fontWeight: 600 }}>
      {question}
    </p>
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <button
        type="button"
        className={buttonClass}
        style={buttonStyle}
        disabled={isBusy}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className={buttonClass}
        style={buttonStyle}
        disabled={isBusy}
        onClick={onCancel}
      >
        Cancel
      </button>
    </div>
  </div>
)
