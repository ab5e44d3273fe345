'use client'

import { useEffect, useRef } from 'react'

import { fieldId } from './Fields'

type Props = {
  errors: Record<string, string>
  message?: string
  /** Changes on every submission, so the summary takes focus again after each failed attempt. */
  attempt?: unknown
}

/**
 * The list of what to fix, at the top of a form, each item linking to its field. It takes focus
 * when it appears, so keyboard and screen reader users land on it after a failed submission.
 */
export const ErrorSummary = ({ errors, message, attempt }: Props) => {
  const ref = useRef<HTMLDivElement>(null)
  const entries = Object.entries(errors)
  const isShown = entries.length > 0 || Boolean(message)
  useEffect(() => {
    if (isShown) ref.current?.focus()
  }, [isShown, attempt])
  if (!isShown) return null
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="error-summary-title">There is a problem</h2>
      {message ? <p>{message}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([name, error]) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`}>{error}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
