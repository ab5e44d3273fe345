import type { Metadata } from 'next'
import Link from 'next/link'

import { feedbackForExpert } from '@/lib/portal/expert-feedback'
import { requireViewer } from '@/lib/portal/session'

import '../expert-profile/expert-profile.css'

export const metadata: Metadata = { title: 'Feedback about your work' }

const monthLabel = (yearMonth: string) =>
  new Date(`${yearMonth}-15T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })

export default async function ExpertFeedbackPage() {
  const { payload, user } = await requireViewer({
    path: '/account/expert-feedback',
    roles: ['expert'],
  })
  const items = await feedbackForExpert({ payload, user })
  return (
    <div className="narrow-wide">
      <p className="breadcrumb">
        <Link href="/account/expert-profile">My expert profile</Link>
      </p>
      <h1>Feedback from attorneys</h1>
      <p className="lead">
        When attorneys report the outcome of a case, they may comment on the expert testimony. Here
        is what they chose to share with you. Comments they asked us to keep confidential are not
        shown, and no case details are.
      </p>
      {items.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>No feedback yet.</strong> Feedback appears here when an attorney reports an
            outcome that names you and agrees to share their comments.
          </p>
        </div>
      ) : (
        <ul className="feedback-list">
          {items.map((item, index) => (
            <li key={index} className="panel">
              <p className="meta">Reported {monthLabel(item.reportedAt)}</p>
              <blockquote>
                <p>{item.feedback}</p>
              </blockquote>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
