import type { Metadata } from 'next'

import { assistanceStatuses } from '@/collections/AssistanceRequests/options'
import { CaseHeader } from '@/components/cases/CaseHeader'
import { caseHeaderProps, openCasePage } from '@/lib/portal/case-page'
import { formatDay } from '@/lib/portal/dates'

import { requestAssistanceAction } from './actions'
import { AssistanceForm } from './AssistanceForm'

export const metadata: Metadata = { title: 'Request Assistance' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string }> }

const statusLabelOf = (status: string) =>
  assistanceStatuses.find((s) => s.value === status)?.advocateLabel ?? status

export default async function AssistancePage({ params, searchParams }: Props) {
  const { id } = await params
  const { sent } = await searchParams
  const { payload, user, theCase, role } = await openCasePage({
    id,
    path: `/cases/${id}/assistance`,
  })
  const requests = await payload.find({
    collection: 'assistance-requests',
    user,
    overrideAccess: false,
    where: { case: { equals: theCase.id } },
    sort: '-createdAt',
    depth: 0,
    limit: 20,
    select: {
      subject: true,
      urgentDeadline: true,
      status: true,
      staffReply: true,
      staffRepliedAt: true,
      createdAt: true,
    },
  })
  return (
    <>
      <CaseHeader
        {...caseHeaderProps(theCase, role)}
        current="assistance"
        title="Request Assistance"
      />
      {sent ? (
        <p className="alert alert--success" role="status">
          Your request was sent to program staff. We emailed you a confirmation with the case
          number.
        </p>
      ) : null}
      <div className="two-columns two-columns--wide-first">
        <section aria-labelledby="request-heading">
          <h2 id="request-heading">Ask program staff for help</h2>
          <p>
            For help beyond the resources in this case’s library. Staff read every request and
            prioritise urgent deadlines, but cannot take on every request because of capacity.
          </p>
          <AssistanceForm action={requestAssistanceAction.bind(null, { caseId: theCase.id })} />
        </section>
        <section aria-labelledby="requests-heading">
          <h2 id="requests-heading">Requests for this case</h2>
          {requests.totalDocs === 0 ? (
            <p className="meta">No one has sent a request for this case yet.</p>
          ) : (
            <ul className="request-list">
              {requests.docs.map((request) => (
                <li key={request.id} className="card">
                  <strong>{request.subject}</strong>
                  <span className="meta block">
                    Sent {formatDay(request.createdAt)}
                    {request.urgentDeadline
                      ? ` · deadline ${formatDay(request.urgentDeadline)}`
                      : ''}
                  </span>
                  <span className={`badge badge--status-${request.status ?? 'new'}`}>
                    <span className="visually-hidden">Status: </span>
                    {statusLabelOf(request.status ?? 'new')}
                  </span>
                  {request.staffReply ? (
                    <div className="request-reply">
                      <h3 className="request-reply__heading">
                        Reply from program staff
                        {request.staffRepliedAt ? (
                          <span className="meta"> · {formatDay(request.staffRepliedAt)}</span>
                        ) : null}
                      </h3>
                      <p className="request-reply__text">{request.staffReply}</p>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  )
}
