import { unavailableMessage } from '@/lib/db/unavailable'

/** The plain page shown while the database cannot be reached (answered with HTTP 503). */
export function ServiceUnavailable() {
  return (
    <div className="narrow prose" data-testid="service-unavailable">
      <h1>Temporarily unavailable</h1>
      <p className="lead">{unavailableMessage}</p>
    </div>
  )
}
