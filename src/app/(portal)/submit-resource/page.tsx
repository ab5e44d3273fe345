import type { Metadata } from 'next'
import Link from 'next/link'

import { requireViewer } from '@/lib/portal/session'
import { portalUploadLimits } from '@/lib/portal/upload-limits'

import { SubmitResourceForm } from './SubmitResourceForm'

export const metadata: Metadata = { title: 'Submit a resource' }

type Props = { searchParams: Promise<{ sent?: string }> }

const sentMessages: Record<string, string> = {
  'with-file': 'Thank you: your resource and its file reached program staff, who will review them.',
  text: 'Thank you: your submission reached program staff, who will review it.',
}

export default async function SubmitResourcePage({ searchParams }: Props) {
  const { sent } = await searchParams
  await requireViewer({ path: '/submit-resource' })
  return (
    <div className="narrow-wide">
      <h1>Submit a resource</h1>
      <p className="lead">
        Sample briefs, decisions, declarations and country conditions research from your cases help
        the program support more claims. Staff review every submission before anything is added to
        the TA Library.
      </p>
      {sent && sentMessages[sent] ? (
        <>
          <p className="alert alert--success" role="status">
            {sentMessages[sent]}
          </p>
          <p>
            <Link href="/submit-resource">Submit another resource</Link> or{' '}
            <Link href="/account">go to My Account</Link>.
          </p>
        </>
      ) : (
        <>
          <h2 id="submit-heading" className="visually-hidden">
            Submission form
          </h2>
          <SubmitResourceForm maxFileBytes={portalUploadLimits.resourceBytes} />
        </>
      )}
    </div>
  )
}
