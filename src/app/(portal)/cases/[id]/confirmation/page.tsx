import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { findCaseAs } from '@/collections/Cases/services/findCaseAs'
import { casePageView } from '@/lib/portal/cases'
import { requireViewer } from '@/lib/portal/session'

export const metadata: Metadata = { title: 'Case registered' }

type Props = { params: Promise<{ id: string }> }

export default async function CaseConfirmationPage({ params }: Props) {
  const { id } = await params
  const { req } = await requireViewer({ path: `/cases/${id}/confirmation` })
  const theCase = await findCaseAs({ req, id, ...casePageView })
  if (!theCase) notFound()
  return (
    <div className="narrow">
      <div className="confirmation" role="status">
        <h1>Case registered</h1>
        <p>Your case number is</p>
        <p className="confirmation__number">{theCase.caseNumber}</p>
      </div>
      <p>
        Use this number whenever you contact the TA program about this case. It is also how the case
        appears on your My Account page.
      </p>
      <p>
        <Link href={`/cases/${theCase.id}/library`} className="button">
          View TA Library for this Case
        </Link>
      </p>
      <h2>What next</h2>
      <ul className="link-list">
        <li>
          <Link href={`/cases/${theCase.id}/share`}>Share the case</Link> with co-counsel, clinic
          students or mentors working with the applicant.
        </li>
        <li>
          <Link href={`/cases/${theCase.id}/assistance`}>Request assistance</Link> beyond the
          library, for example before an urgent deadline.
        </li>
        <li>
          When a decision comes,{' '}
          <Link href={`/cases/${theCase.id}/outcomes/new`}>add an outcome</Link>.
        </li>
        <li>
          <Link href="/account">Go to My Account</Link>
        </li>
      </ul>
    </div>
  )
}
