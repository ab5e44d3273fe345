'use client'

import { ServiceUnavailable } from '@/components/ServiceUnavailable'
import { isDatabaseUnavailableError } from '@/lib/db/unavailable'

/**
 * Shown when a root layout fails, e.g. the portal's, which looks up the signed-in person on every
 * page: while the database is unreachable that is the plain "temporarily unavailable" page.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          {isDatabaseUnavailableError(error) ? (
            <ServiceUnavailable />
          ) : (
            <div>
              <h1>Something went wrong</h1>
              <p>We could not show this page just now. Nothing you saved before is lost.</p>
            </div>
          )}
        </main>
      </body>
    </html>
  )
}
