import type { Metadata } from 'next'
import { headers } from 'next/headers'
import Link from 'next/link'

import { getViewer } from '@/lib/payload'
import { feedbackCategories } from '@/collections/Feedback/options'
import { safeNextPath } from '@/lib/portal/session'

import { FeedbackForm } from './FeedbackForm'

export const metadata: Metadata = { title: 'Feedback' }

type Props = { searchParams: Promise<{ sent?: string }> }

/** The page of this site the person came from (the footer link is on every page), if any. */
const referringPath = async (): Promise<string | null> => {
  const requestHeaders = await headers()
  const referer = requestHeaders.get('referer')
  const host = requestHeaders.get('host')
  if (!referer || !host) return null
  try {
    const url = new URL(referer)
    if (url.host !== host || url.pathname === '/feedback') return null
    return safeNextPath(url.pathname)
  } catch {
    return null
  }
}

export default async function FeedbackPage({ searchParams }: Props) {
  const { sent } = await searchParams
  const { user } = await getViewer()
  const from = await referringPath()
  return (
    <div className="narrow-wide">
      <h1>Feedback about the TA Library</h1>
      {sent ? (
        <>
          <p className="alert alert--success" role="status">
            Thank you: your feedback reached program staff. If you gave an email address, we will
            reply when we can.
          </p>
          <p>
            <Link href="/">Back to the home page</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">
            Tell us about a problem with the library or the site, a filter that did not work as you
            expected, or a resource you could not find.
          </p>
          <h2 id="feedback-heading" className="visually-hidden">
            Feedback form
          </h2>
          <FeedbackForm
            pageUrl={from ?? ''}
            email={user?.email}
            categories={[...feedbackCategories]}
          />
        </>
      )}
    </div>
  )
}
