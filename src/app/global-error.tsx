'use client'

import { ServiceUnavailable } from '@/components/ServiceUnavailable'
import { isDatabaseUnavailableError } from '@/lib/db/unavailable'

import './(portal)/portal.css'

/**
 * Shown when a root layout fails, e.g. the portal's, which looks up the signed-in person on every
 * page: while the database is unreachable that is the plain "temporarily unavailable" page.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <head>
        <title>{`${isDatabaseUnavailableError(error) ? 'Temporarily unavailable' : 'Something went wrong'} · TA Library`}</title>
      </head>
      <body>
        <header className="site-header">
          <div className="site-header__inner">
            <span className="site-header__brand">TA Library</span>
          </div>
        </header>
        <main id="main" className="site-main">
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
