import type { Metadata } from 'next'

import { CaseHeader } from '@/components/cases/CaseHeader'
import { idOf } from '@/lib/ids'
import { caseHeaderProps, openCasePage } from '@/lib/portal/case-page'
import { peopleOnCase } from '@/lib/portal/cases'
import { formatDay } from '@/lib/portal/dates'

import { cancelInvitationAction, removeShareAction, shareCaseAction } from './actions'
import { ShareForm } from './ShareForm'

export const metadata: Metadata = { title: 'Share Case' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ removed?: string; withdrawn?: string; error?: string }>
}

export default async function ShareCasePage({ params, searchParams }: Props) {
  const { id } = await params
  const { removed, withdrawn, error } = await searchParams
  const { payload, theCase, role } = await openCasePage({ id, path: `/cases/${id}/share` })
  const canManage = role !== 'shared'
  const people = await peopleOnCase({ payload, theCase })
  const ownerId = idOf(theCase.owner)
  const owner = ownerId ? people.get(ownerId) : undefined
  const shares = theCase.shares ?? []
  return (
    <>
      <CaseHeader {...caseHeaderProps(theCase, role)} current="share" title="Share Case" />
      {removed ? (
        <p className="alert alert--success" role="status">
          Access removed. That person can no longer open this case or its library, and we emailed
          them to say so.
        </p>
      ) : null}
      {withdrawn ? (
        <p className="alert alert--success" role="status">
          Invitation withdrawn. It can no longer give access to this case, and we emailed that
          address to say so.
        </p>
      ) : null}
      {error ? (
        <p className="alert alert--error" role="alert">
          {error === 'withdraw'
            ? 'That invitation could not be withdrawn. It may have been accepted or withdrawn already.'
            : 'That person could not be removed. They may have been removed already.'}
        </p>
      ) : null}
      <div className="two-columns">
        {canManage ? (
          <section aria-labelledby="share-heading">
            <h2 id="share-heading">Share this case</h2>
            <p>
              Add people working with the applicant, such as co-counsel, law clinic students or pro
              bono mentors. They can use the case’s library and request assistance; they cannot edit
              the case, share it further or report outcomes.
            </p>
            <ShareForm action={shareCaseAction.bind(null, { caseId: theCase.id })} />
          </section>
        ) : (
          <section aria-labelledby="share-heading">
            <h2 id="share-heading">Sharing</h2>
            <p>
              Only the advocate who registered this case can share it or remove people. Ask them if
              someone else working with the applicant needs access.
            </p>
          </section>
        )}
        <section aria-labelledby="access-heading">
          <h2 id="access-heading">People with access</h2>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">People who can open this case</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Access</th>
                  {canManage ? (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">
                    {owner?.name ?? 'Case owner'}
                    <span className="cell-note">{owner?.email}</span>
                  </th>
                  <td>Owner</td>
                  {canManage ? <td /> : null}
                </tr>
                {shares.map((share) => {
                  const userId = idOf(share.user)
                  const person = userId ? people.get(userId) : undefined
                  if (!userId) {
                    return (
                      <tr key={share.id ?? share.invitedEmail}>
                        <th scope="row">
                          {share.invitedEmail}
                          <span className="cell-note">No account yet</span>
                        </th>
                        <td>Invitation sent {formatDay(share.sharedAt)}; pending</td>
                        {canManage ? (
                          <td>
                            {share.id ? (
                              <form
                                action={cancelInvitationAction.bind(null, {
                                  caseId: theCase.id,
                                  shareId: share.id,
                                })}
                              >
                                <button
                                  type="submit"
                                  className="button button--danger button--small"
                                >
                                  Withdraw invitation{' '}
                                  <span className="visually-hidden">to {share.invitedEmail}</span>
                                </button>
                              </form>
                            ) : null}
                          </td>
                        ) : null}
                      </tr>
                    )
                  }
                  return (
                    <tr key={share.id ?? userId}>
                      <th scope="row">
                        {person?.name ?? 'Shared user'}
                        <span className="cell-note">{person?.email}</span>
                      </th>
                      <td>Shared {formatDay(share.sharedAt)}</td>
                      {canManage ? (
                        <td>
                          <form
                            action={removeShareAction.bind(null, { caseId: theCase.id, userId })}
                          >
                            <button type="submit" className="button button--danger button--small">
                              Remove{' '}
                              <span className="visually-hidden">
                                {person?.name ?? 'this person'}
                              </span>
                            </button>
                          </form>
                        </td>
                      ) : null}
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          {shares.some((s) => !s.user) ? (
            <p className="meta">
              Pending invitations turn into access when the person creates an account with that
              address and confirms it. Withdraw an invitation you no longer want to stand.
            </p>
          ) : null}
        </section>
      </div>
    </>
  )
}
