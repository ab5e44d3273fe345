import type { Metadata } from 'next'
import Link from 'next/link'

import { argumentTags, evidenceTags } from '@/collections/Outcomes/options'
import { CaseHeader } from '@/components/cases/CaseHeader'
import { caseHeaderProps, openCasePage } from '@/lib/portal/case-page'
import { nameOf } from '@/lib/portal/cases'
import { formatDay } from '@/lib/portal/dates'
import { resultOptions } from '@/lib/portal/outcome'
import type { DecisionDocument, Expert } from '@/payload-types'

export const metadata: Metadata = { title: 'Outcomes' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string }> }

const labelFrom = (list: readonly { value: string; label: string }[], value: string) =>
  list.find((item) => item.value === value)?.label ?? value

export default async function OutcomesPage({ params, searchParams }: Props) {
  const { id } = await params
  const { added } = await searchParams
  const { payload, user, theCase, role } = await openCasePage({ id, path: `/cases/${id}/outcomes` })
  const outcomes = await payload.find({
    collection: 'outcomes',
    user,
    overrideAccess: false,
    where: { case: { equals: theCase.id } },
    sort: '-decisionDate',
    depth: 1,
    limit: 100,
    select: {
      decisionDate: true,
      stage: true,
      court: true,
      adjudicator: true,
      results: true,
      arguments: true,
      argumentsText: true,
      persuasiveEvidence: true,
      persuasiveEvidenceText: true,
      rationale: true,
      decisionDocument: true,
      permissionToShare: true,
      expertFeedback: true,
      additionalInformation: true,
      createdAt: true,
    },
    populate: {
      'procedural-stages': { name: true },
      courts: { name: true },
      adjudicators: { name: true },
      'relief-types': { name: true },
      experts: { displayName: true },
      'decision-documents': { filename: true, url: true, filesize: true },
    },
  })
  const canAdd = role !== 'shared'
  return (
    <>
      <CaseHeader {...caseHeaderProps(theCase, role)} current="outcomes" title="Outcomes" />
      {added ? (
        <p className="alert alert--success" role="status">
          Thank you: the outcome is saved, and program staff will review it.
        </p>
      ) : null}
      <div className="section-heading">
        <h2>Reported outcomes</h2>
        {canAdd ? (
          <Link href={`/cases/${theCase.id}/outcomes/new`} className="button">
            {outcomes.totalDocs > 0 ? 'Add Another Outcome' : 'Add an Outcome'}
          </Link>
        ) : null}
      </div>
      {!canAdd ? (
        <p className="meta">Only the advocate who registered this case reports its outcomes.</p>
      ) : null}
      {outcomes.totalDocs === 0 ? (
        <div className="empty-state">
          <p>
            <strong>No outcomes yet.</strong>{' '}
            {canAdd
              ? 'When a decision comes (from the asylum office, the immigration court, the BIA or a federal court), add it here. A case can have several outcomes.'
              : 'The case owner has not reported a decision yet.'}
          </p>
        </div>
      ) : (
        <ol className="outcome-list">
          {outcomes.docs.map((outcome) => {
            const document =
              outcome.decisionDocument && typeof outcome.decisionDocument === 'object'
                ? (outcome.decisionDocument as DecisionDocument)
                : null
            return (
              <li key={outcome.id} className="card outcome">
                <h3>Decision of {formatDay(outcome.decisionDate)}</h3>
                <p className="meta">
                  {[nameOf(outcome.stage), nameOf(outcome.court), nameOf(outcome.adjudicator)]
                    .filter(Boolean)
                    .join(' · ') || 'Stage and court not given'}
                </p>
                <ul className="result-list">
                  {(outcome.results ?? []).map((result) => (
                    <li key={result.id ?? String(result.relief)}>
                      <span>{nameOf(result.relief)}</span>{' '}
                      <span className={`result result--${result.result}`}>
                        {labelFrom(resultOptions, result.result)}
                      </span>
                    </li>
                  ))}
                </ul>
                <dl className="answers answers--compact">
                  {(outcome.arguments ?? []).length > 0 || outcome.argumentsText ? (
                    <>
                      <dt>Arguments</dt>
                      <dd>
                        {(outcome.arguments ?? [])
                          .map((a) => labelFrom(argumentTags, a))
                          .join(', ')}
                        {outcome.argumentsText ? (
                          <span className="pre-line block">{outcome.argumentsText}</span>
                        ) : null}
                      </dd>
                    </>
                  ) : null}
                  {(outcome.persuasiveEvidence ?? []).length > 0 ||
                  outcome.persuasiveEvidenceText ? (
                    <>
                      <dt>Persuasive evidence</dt>
                      <dd>
                        {(outcome.persuasiveEvidence ?? [])
                          .map((e) => labelFrom(evidenceTags, e))
                          .join(', ')}
                        {outcome.persuasiveEvidenceText ? (
                          <span className="pre-line block">{outcome.persuasiveEvidenceText}</span>
                        ) : null}
                      </dd>
                    </>
                  ) : null}
                  {outcome.rationale ? (
                    <>
                      <dt>Rationale</dt>
                      <dd className="pre-line">{outcome.rationale}</dd>
                    </>
                  ) : null}
                  <dt>Decision document</dt>
                  <dd>
                    {document?.url ? (
                      <a href={document.url}>
                        Download the decision (PDF
                        {document.filesize ? `, ${Math.ceil(document.filesize / 1024)} KB` : ''})
                      </a>
                    ) : (
                      'None attached'
                    )}
                  </dd>
                  <dt>Permission to share briefs and decisions</dt>
                  <dd>{outcome.permissionToShare ? 'Yes' : 'No'}</dd>
                  {(outcome.expertFeedback ?? []).length > 0 ? (
                    <>
                      <dt>Expert feedback</dt>
                      <dd>
                        <ul className="plain-list">
                          {(outcome.expertFeedback ?? []).map((row) => (
                            <li key={row.id ?? row.expertName}>
                              <strong>
                                {row.expert && typeof row.expert === 'object'
                                  ? (row.expert as Expert).displayName
                                  : row.expertName}
                              </strong>
                              {row.keepConfidential ? ' (confidential)' : ''}
                              {row.feedback ? `: ${row.feedback}` : ''}
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  ) : null}
                  {outcome.additionalInformation ? (
                    <>
                      <dt>Additional information</dt>
                      <dd className="pre-line">{outcome.additionalInformation}</dd>
                    </>
                  ) : null}
                </dl>
                <p className="meta">Reported {formatDay(outcome.createdAt)}</p>
              </li>
            )
          })}
        </ol>
      )}
    </>
  )
}
