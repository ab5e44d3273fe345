import type { Metadata } from 'next'

import { CaseHeader } from '@/components/cases/CaseHeader'
import { IntakeForm } from '@/components/cases/IntakeForm'
import { caseHeaderProps, openCasePage } from '@/lib/portal/case-page'
import { fromCase } from '@/lib/portal/intake'
import { loadIntakeOptions } from '@/lib/portal/vocabularies'

import { intakeAction } from '../../actions'

export const metadata: Metadata = { title: 'Edit case' }

type Props = { params: Promise<{ id: string }> }

export default async function EditCasePage({ params }: Props) {
  const { id } = await params
  const { payload, user, theCase, role } = await openCasePage({ id, path: `/cases/${id}/edit` })
  const header = (
    <CaseHeader {...caseHeaderProps(theCase, role)} current="overview" title="Edit the intake" />
  )
  if (role === 'shared') {
    return (
      <>
        {header}
        <p className="alert">
          Only the advocate who registered this case can edit its intake. Ask them to make the
          change; the library updates as soon as they save it.
        </p>
      </>
    )
  }
  const options = await loadIntakeOptions({ payload, user })
  return (
    <>
      {header}
      <p className="lead">
        Change any answer and save. The case’s library reflects your changes the next time it opens.
      </p>
      <IntakeForm
        mode="edit"
        action={intakeAction.bind(null, { caseId: theCase.id })}
        options={options}
        initialState={{
          status: 'idle',
          values: fromCase(theCase),
          errors: {},
          step: 0,
          revision: 0,
          version: theCase.updatedAt,
          baseline: fromCase(theCase),
        }}
      />
    </>
  )
}
