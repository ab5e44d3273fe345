'use client'

import Link from 'next/link'

import { ServiceUnavailable } from '@/components/ServiceUnavailable'
import { isDatabaseUnavailableError } from '@/lib/db/unavailable'

export default function PortalError({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  if (isDatabaseUnavailableError(error)) return <ServiceUnavailable />
  return (
    <div className="narrow prose">
      <h1>Something went wrong</h1>
      <p className="lead">
        We could not show this page just now. Nothing you saved before is lost. Try again in a
        moment.
      </p>
      <p className="actions">
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>
        <Link href="/" className="button button--secondary">
          Home page
        </Link>
      </p>
      <p>
        If it keeps happening, <Link href="/feedback">tell us about the problem</Link>.
      </p>
    </div>
  )
}
