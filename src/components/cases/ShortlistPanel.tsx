import Link from 'next/link'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { shortlistAction } from './shortlist-actions'

/**
 * The case's expert shortlist, on the case overview: the listed experts the team is considering,
 * read as the viewer (an expert no longer listed simply drops out of view), with Remove buttons.
 */
export const ShortlistPanel = async ({
  payload,
  user,
  caseId,
  expertIds,
}: {
  payload: Payload
  user: User
  caseId: number
  expertIds: number[]
}) => {
  const { docs } =
    expertIds.length > 0
      ? await payload.find({
          collection: 'experts',
          where: { and: [{ id: { in: expertIds } }, { _status: { equals: 'published' } }] },
          select: { displayName: true, contact: true },
          depth: 0,
          limit: 20,
          user,
          overrideAccess: false,
        })
      : { docs: [] }
  return (
    <div className="panel panel--quiet" id="shortlist">
      <h2>Expert shortlist</h2>
      {docs.length === 0 ? (
        <p>
          No experts yet. Find one in the <Link href="/experts">Expert Witness Database</Link> and
          add them to this case.
        </p>
      ) : (
        <ul className="plain-list">
          {docs.map((expert) => (
            <li key={expert.id}>
              <Link href={`/experts/${expert.id}`}>{expert.displayName}</Link>
              {expert.contact?.email ? (
                <span className="cell-note">{expert.contact.email}</span>
              ) : null}
              <form action={shortlistAction}>
                <input type="hidden" name="caseId" value={caseId} />
                <input type="hidden" name="expert" value={expert.id} />
                <input type="hidden" name="action" value="remove" />
                <input type="hidden" name="back" value={`/cases/${caseId}`} />
                <button type="submit" className="link-button">
                  Remove{' '}
                  <span className="visually-hidden">{expert.displayName} from the shortlist</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
