import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { getViewer } from '@/lib/payload'
import { advocateTypes } from '@/collections/Users/options'
import { listOrganizationNames } from '@/lib/portal/organizations'

import { RegisterForm } from './RegisterForm'

export const metadata: Metadata = { title: 'Create an account' }

export default async function RegisterPage() {
  const { payload, user } = await getViewer()
  if (user) redirect('/account')
  const organizationNames = await listOrganizationNames(payload)
  return (
    <div className="narrow">
      <h1>Create an account</h1>
      <p className="lead">
        The TA Library is free for people representing asylum seekers and for expert witnesses. You
        will register each case separately once you are signed in.
      </p>
      <p>
        Already registered? <Link href="/login">Log in</Link>.
      </p>
      <RegisterForm advocateTypes={[...advocateTypes]} organizationNames={organizationNames} />
    </div>
  )
}
