import type { Payload } from 'payload'

import { caseLimits } from '@/collections/Cases/options'
import type { User } from '@/payload-types'

import { shortlistAction } from './shortlist-actions'

/**
 * On an expert's profile page: add the expert to the shortlist of one of the viewer's cases (owned
 * or shared with them; the 100 most recently changed). Works without JavaScript.
 */
export const ShortlistForm = async ({
  payload,
  user,
  expertId,
  status,
}: {
  payload: Payload
  user: User
  expertId: number
  status?: string
}) => {
  const { docs: cases } = await payload.find({
    collection: 'cases',
    where: { or: [{ owner: { equals: user.id } }, { 'shares.user': { equals: user.id } }] },
    select: { caseNumber: true },
    sort: '-updatedAt',
    depth: 0,
    limit: 100,
    user,
    overrideAccess: false,
  })
  if (cases.length === 0) return null
  const back = `/experts/${expertId}`
  return (
    <section className="panel panel--quiet" aria-labelledby="shortlist-heading">
      <h2 id="shortlist-heading">Keep this expert in mind for a case</h2>
      {status === 'add' ? (
        <p className="alert alert--success" role="status">
          Added. The expert is listed under “Expert shortlist” on the case’s overview page.
        </p>
      ) : null}
      {status === 'error' ? (
        <p className="alert alert--error" role="alert">
          The expert could not be added to that case’s shortlist (it holds at most{' '}
          {caseLimits.expertShortlist}).
        </p>
      ) : null}
      <form action={shortlistAction} className="form">
        <input type="hidden" name="expert" value={expertId} />
        <input type="hidden" name="action" value="add" />
        <input type="hidden" name="back" value={back} />
        <div className="field">
          <label htmlFor="shortlist-case">Case</label>
          <select id="shortlist-case" name="caseId" className="input input--medium" required>
            {cases.map((theCase) => (
              <option key={theCase.id} value={theCase.id}>
                {theCase.caseNumber}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          Add to the case’s expert shortlist
        </button>
      </form>
    </section>
  )
}
