import type { Metadata } from 'next'
import Link from 'next/link'

import { IntakeForm } from '@/components/cases/IntakeForm'
import { emptyIntake } from '@/lib/portal/intake'
import { requireViewer } from '@/lib/portal/session'
import { loadIntakeOptions } from '@/lib/portal/vocabularies'

import { intakeAction } from '../actions'

export const metadata: Metadata = { title: 'Register a case' }

export default async function NewCasePage() {
  const { payload, user } = await requireViewer({ path: '/cases/new', roles: ['advocate'] })
  const options = await loadIntakeOptions({ payload, user })
  return (
    <>
      <p className="breadcrumb">
        <Link href="/account">My Account</Link>
      </p>
      <h1>Register a case</h1>
      <div className="prose">
        <p className="lead">
          One intake per principal applicant (one I-589). Your answers decide which resources appear
          in the case’s tailored library, so give as much as you know. You can edit them later.
        </p>
        <p>
          No client names or A-numbers are needed: the case number we give you identifies the case
          everywhere. Already have a case number for this applicant from before the TA Library?{' '}
          <Link href="/account">Find the case under My Cases</Link> instead of registering it again.
        </p>
      </div>
      <IntakeForm
        mode="create"
        action={intakeAction.bind(null, {})}
        options={options}
        initialState={{ status: 'idle', values: emptyIntake(), errors: {}, step: 0, revision: 0 }}
      />
    </>
  )
}
