import type { Metadata } from 'next'
import Link from 'next/link'

import { ResetPasswordForm } from './ResetPasswordForm'

export const metadata: Metadata = { title: 'Choose a new password' }

type Props = { searchParams: Promise<{ token?: string }> }

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams
  return (
    <div className="narrow">
      <h1>Choose a new password</h1>
      {token ? (
        <>
          <p className="lead">
            Once you change it, you are signed out on every device and log in again with the new
            password.
          </p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p className="alert">
          Open the link in the reset message we sent you, or{' '}
          <Link href="/forgot-password">ask for a reset link</Link>.
        </p>
      )}
    </div>
  )
}
