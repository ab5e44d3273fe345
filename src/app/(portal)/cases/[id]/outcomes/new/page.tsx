import type { Metadata } from 'next'
import Link from 'next/link'

import { outcomeChoicesFor } from '@/collections/Outcomes/services/outcomeChoices'
import { CaseHeader } from '@/components/cases/CaseHeader'
import { idOf } from '@/lib/ids'
import { caseHeaderProps, openCasePage } from '@/lib/portal/case-page'
import { portalUploadLimits } from '@/lib/portal/upload-limits'

import { addOutcomeAction } from './actions'
import { OutcomeForm } from './OutcomeForm'

export const metadata: Metadata = { title: 'Add an Outcome' }

type Props = { params: Promise<{ id: string }> }

export default async function NewOutcomePage({ params }: Props) {
  const { id } = await params
  const { payload, user, theCase, role } = await openCasePage({
    id,
    path: `/cases/${id}/outcomes/new`,
  })
  const header = (
    <CaseHeader {...caseHeaderProps(theCase, role)} current="outcomes" title="Add an Outcome" />
  )
  if (role === 'shared') {
    return (
      <>
        {header}
        <p className="alert">
          Only the advocate who registered this case can add outcomes. If you have news about a
          decision, tell them.
        </p>
        <p>
          <Link href={`/cases/${theCase.id}/outcomes`}>Back to outcomes</Link>
        </p>
      </>
    )
  }
  const choices = await outcomeChoicesFor({ payload, user, theCase })
  return (
    <>
      {header}
      <h2 id="outcome-heading" className="visually-hidden">
        Outcome form
      </h2>
      <p className="lead">
        Tell us about a decision in this case. Outcomes show how adjudicators rule and which
        evidence persuades them, so other advocates with similar claims benefit. Only the case
        number identifies the case.
      </p>
      <OutcomeForm
        action={addOutcomeAction.bind(null, { caseId: theCase.id })}
        choices={choices}
        maxDecisionBytes={portalUploadLimits.decisionBytes}
        initial={{
          stage: String(idOf(theCase.proceduralStage) ?? ''),
          court: String(idOf(theCase.court) ?? ''),
          adjudicator: String(idOf(theCase.adjudicator) ?? ''),
        }}
      />
    </>
  )
}
