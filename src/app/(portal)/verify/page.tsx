import type { Metadata } from 'next'

import { verifyEmailAction } from './actions'

export const metadata: Metadata = { title: 'Confirm your email address' }

type Props = { searchParams: Promise<{ token?: string; error?: string }> }

/**
 * The emailed link opens this page; confirming takes a button press (a POST), so mail scanners
 * that prefetch links do not confirm addresses on their own.
 */
export default async function VerifyPage({ searchParams }: Props) {
  const { token, error } = await searchParams
  return (
    <>
      <h1>Confirm your email address</h1>
      {error ? (
        <p className="alert alert--error" role="alert">
          This confirmation link is not valid or has already been used. If you already confirmed
          your address, log in.
        </p>
      ) : null}
      {token ? (
        <form action={verifyEmailAction}>
          <input type="hidden" name="token" value={token} />
          <p>Press the button to confirm this email address for your TA Library account.</p>
          <button type="submit" className="button">
            Confirm my email address
          </button>
        </form>
      ) : (
        <p>Open the link in the message we sent you to confirm your address.</p>
      )}
    </>
  )
}
