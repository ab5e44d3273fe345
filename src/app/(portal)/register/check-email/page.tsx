import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Check your email' }

export default function CheckEmailPage() {
  return (
    <div className="narrow prose">
      <h1>Check your email</h1>
      <p className="lead">
        We sent a message to the address you gave. Open the link in it to confirm your address, then
        log in.
      </p>
      <ul>
        <li>The message comes from the TA Library and can take a few minutes to arrive.</li>
        <li>If you cannot find it, look in your spam or junk folder.</li>
        <li>
          If this address already had an account, the message tells you so instead, and you can{' '}
          <Link href="/login">log in</Link> or{' '}
          <Link href="/forgot-password">reset your password</Link>.
        </li>
      </ul>
      <p>
        <Link href="/login" className="button">
          Go to log in
        </Link>
      </p>
    </div>
  )
}
