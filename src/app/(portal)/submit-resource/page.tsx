import type { Metadata } from 'next'
import Link from 'next/link'
import { createLocalReq, getAccessResults } from 'payload'

import { requireViewer } from '@/lib/portal/session'
import { portalUploadLimits } from '@/lib/portal/upload-limits'

import { SubmitResourceForm } from './SubmitResourceForm'

export const metadata: Metadata = { title: 'Submit a resource' }

type Props = { searchParams: Promise<{ sent?: string }> }

const sentMessages: Record<string, string> = {
  'with-file': 'Thank you: your resource and its file reached program staff, who will review them.',
  text: 'Thank you: your submission reached program staff, who will review it.',
  'without-file':
    'Thank you: your description reached program staff. The file could not be uploaded from your account, so staff will reply by email to collect it.',
}

export default async function SubmitResourcePage({ searchParams }: Props) {
  const { sent } = await searchParams
  const { payload, user } = await requireViewer({ path: '/submit-resource' })
  // Whether this account may upload into resource-files, by the collection's own access rule.
  const permissions = await getAccessResults({
    req: await createLocalReq({ user: { ...user, collection: 'users' } }, payload),
  })
  const canUploadFiles = Boolean(permissions.collections?.['resource-files']?.create)
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
          <SubmitResourceForm
            canUploadFiles={canUploadFiles}
            maxFileBytes={portalUploadLimits.resourceBytes}
          />
        </>
      )}
    </div>
  )
}
