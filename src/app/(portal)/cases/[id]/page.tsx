import type { Metadata } from 'next'
import Link from 'next/link'

import { CaseHeader } from '@/components/cases/CaseHeader'
import { ShortlistPanel } from '@/components/cases/ShortlistPanel'
import { detentionOptions, protectedGrounds } from '@/collections/Cases/options'
import { caseHeaderProps, openCasePage } from '@/lib/portal/case-page'
import { nameOf } from '@/lib/portal/cases'
import { formatDay, nextDeadline } from '@/lib/portal/dates'

export const metadata: Metadata = { title: 'Case' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ saved?: string; shortlist?: string }>
}

const Answer = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <>
    <dt>{label}</dt>
    <dd>{children || <span className="cell-note">Not given</span>}</dd>
  </>
)

export default async function CasePage({ params, searchParams }: Props) {
  const { id } = await params
  const { saved, shortlist } = await searchParams
  const { payload, user, theCase, role } = await openCasePage({ id, path: `/cases/${id}` })
  const names = (list: unknown[] | null | undefined) =>
    (list ?? []).map(nameOf).filter(Boolean).join(', ')
  const country = theCase.country
  const region =
    country && typeof country === 'object' && country.region ? ` (${country.region})` : ''
  const deadline = nextDeadline(theCase)
  return (
    <>
      <CaseHeader {...caseHeaderProps(theCase, role)} current="overview" />
      {saved ? (
        <p className="alert alert--success" role="status">
          Your changes are saved. The case’s library reflects them the next time it opens.
        </p>
      ) : null}
      {shortlist === 'remove' ? (
        <p className="alert alert--success" role="status">
          Expert removed from this case’s shortlist.
        </p>
      ) : null}
      {role === 'shared' ? (
        <p className="alert">
          This case was shared with you. You can use its library and request assistance; only the
          advocate who registered it edits the intake, shares it or reports outcomes.
        </p>
      ) : null}
      <div className="overview">
        <div className="overview__main">
          <div className="section-heading">
            <h2>Intake answers</h2>
            {role !== 'shared' ? (
              <Link href={`/cases/${theCase.id}/edit`} className="button button--secondary">
                Edit the intake
              </Link>
            ) : null}
          </div>
          <dl className="answers">
            <Answer label="Country of origin">
              {nameOf(theCase.country)}
              {region}
            </Answer>
            <Answer label="Types of persecution">{names(theCase.persecutionTypes)}</Answer>
            <Answer label="Protected grounds">
              {(theCase.protectedGrounds ?? [])
                .map((value) => protectedGrounds.find((g) => g.value === value)?.label ?? value)
                .join(', ')}
            </Answer>
            <Answer label="Relief sought">{names(theCase.reliefSought)}</Answer>
            <Answer label="Procedural stage">{nameOf(theCase.proceduralStage)}</Answer>
            <Answer label="Court or asylum office">{nameOf(theCase.court)}</Answer>
            <Answer label="Adjudicator">{nameOf(theCase.adjudicator)}</Answer>
            <Answer label="Next hearing">{formatDay(theCase.nextHearingDate)}</Answer>
            <Answer label="Other deadlines">
              {(theCase.deadlines ?? []).length > 0 ? (
                <ul className="plain-list">
                  {(theCase.deadlines ?? []).map((d) => (
                    <li key={d.id ?? d.label}>
                      {d.label}: {formatDay(d.date)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Answer>
            <Answer label="Detention">
              {detentionOptions.find((o) => o.value === theCase.detention)?.label ?? 'Not known'}
            </Answer>
            <Answer label="Applicant’s language">{theCase.language}</Answer>
            <Answer label="Facts">
              {theCase.facts ? <span className="pre-line">{theCase.facts}</span> : null}
            </Answer>
          </dl>
        </div>
        <aside className="overview__side" aria-label="This case at a glance">
          <div className="panel">
            <h2>Tailored library</h2>
            <p>Resources matched to this case’s country, claim and stage.</p>
            <p>
              <Link href={`/cases/${theCase.id}/library`} className="button">
                View TA Library for this Case
              </Link>
            </p>
          </div>
          <div className="panel panel--quiet">
            <h2>Next deadline</h2>
            <p>
              {deadline ? (
                <>
                  <strong>{formatDay(deadline.date)}</strong> · {deadline.label}
                </>
              ) : (
                'None recorded.'
              )}
            </p>
            <p className="meta">
              Registered {formatDay(theCase.createdAt)}
              {theCase.legacyImport ? ' (before the TA Library)' : ''}. Last changed{' '}
              {formatDay(theCase.updatedAt)}.
            </p>
          </div>
          <ShortlistPanel
            payload={payload}
            user={user}
            caseId={theCase.id}
            expertIds={(theCase.expertShortlist ?? []).map((e) =>
              typeof e === 'object' ? e.id : e,
            )}
          />
        </aside>
      </div>
    </>
  )
}
