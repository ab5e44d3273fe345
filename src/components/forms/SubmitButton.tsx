'use client'

import type { ReactNode } from 'react'
import { useFormStatus } from 'react-dom'

type Props = {
  children: ReactNode
  pendingLabel?: string
  variant?: 'primary' | 'secondary' | 'danger' | 'link'
  name?: string
  value?: string
  formNoValidate?: boolean
}

/** A submit button that says it is working while its form is being sent. */
export const SubmitButton = ({
  children,
  pendingLabel = 'Saving…',
  variant = 'primary',
  name,
  value,
  formNoValidate,
}: Props) => {
  const { pending, data } = useFormStatus()
  // Several buttons may submit one form; only the one pressed says it is working.
  const isThisButton = pending && (!name || data?.get(name) === value)
  const className =
    variant === 'link'
      ? 'link-button'
      : `button${variant === 'primary' ? '' : ` button--${variant}`}`
  return (
    <button
      type="submit"
      className={className}
      name={name}
      value={value}
      formNoValidate={formNoValidate}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault()
      }}
    >
      {isThisButton ? pendingLabel : children}
    </button>
  )
}
