import type { Metadata } from 'next'
import Link from 'next/link'

import { expertTypes, feeOptions, testimonyKinds } from '@/collections/Experts/options'
import { formatDay } from '@/lib/portal/dates'
import { expertProfileValues } from '@/lib/portal/expert-profile-values'
import { requireViewer } from '@/lib/portal/session'
import { portalUploadLimits } from '@/lib/portal/upload-limits'
import { loadExpertProfileOptions } from '@/lib/portal/vocabularies'
import type { Expert } from '@/payload-types'

import { ExpertProfileForm } from './ExpertProfileForm'
import './expert-profile.css'

export const metadata: Metadata = { title: 'My expert profile' }

type Props = { searchParams: Promise<{ saved?: string }> }

/** Where the profile stands, in words: listed or not, and what staff are doing with the latest version. */
const StatusPanel = ({ latest, isListed }: { latest: Expert | null; isListed: boolean }) => {
  if (!latest) {
    return (
      <p>
        You have no profile yet. Fill in the form below, save it as a draft if you need time, and
        submit it for review when it is complete. Program staff review every profile before
        attorneys can find it.
      </p>
    )
  }
  const listedSentence = isListed
    ? 'Your approved profile is listed in the Expert Witness Database.'
    : 'Your profile is not listed in the Expert Witness Database.'
  const pending: Record<string, string> = {
    draft: isListed
      ? 'You have changes that are not submitted yet: attorneys still see your approved version. Submit them for review when ready.'
      : 'Your profile is a draft. Submit it for review when it is complete.',
    submitted: `Submitted for review on ${formatDay(latest.submittedAt)}. We will email you when program staff decide${isListed ? '; until then attorneys see your approved version' : ''}.`,
    'changes-requested':
      'Program staff asked for changes (see their message). Update your profile and submit it again.',
    approved: 'Program staff approved this version.',
    rejected: 'Program staff decided not to list this profile.',
  }
  return (
    <>
      <p>
        <strong>{listedSentence}</strong> {pending[latest.reviewStatus] ?? ''}
      </p>
      {latest.reviewMessage &&
      (latest.reviewStatus === 'changes-requested' || latest.reviewStatus === 'rejected') ? (
        <div className="alert">
          <p>
            <strong>Message from program staff:</strong> {latest.reviewMessage}
          </p>
        </div>
      ) : null}
    </>
  )
}

export default async function ExpertProfilePage({ searchParams }: Props) {
  const { saved } = await searchParams
  const { payload, user } = await requireViewer({
    path: '/account/expert-profile',
    roles: ['expert'],
  })
  const query = {
    where: { user: { equals: user.id } },
    limit: 1,
    depth: 1,
    user,
    overrideAccess: false,
  } as const
  const [latestResult, listedResult, options] = await Promise.all([
    // The latest version (a draft when there are pending edits) and the listed one, as the expert.
    payload.find({
      collection: 'experts',
      ...query,
      draft: true,
      populate: { 'expert-documents': { filename: true } },
    }),
    payload.find({
      collection: 'experts',
      ...query,
      depth: 0,
      where: { and: [{ user: { equals: user.id } }, { _status: { equals: 'published' } }] },
      select: { displayName: true },
    }),
    loadExpertProfileOptions({ payload, user }),
  ])
  const latest = latestResult.docs[0] ?? null
  const isListed = listedResult.totalDocs > 0
  const cv = latest?.cv && typeof latest.cv === 'object' ? latest.cv : null
  return (
    <div className="narrow-wide">
      <p className="breadcrumb">
        <Link href="/account">My Account</Link>
      </p>
      <h1>My expert profile</h1>
      {saved ? (
        <p className="alert alert--success" role="status">
          {saved === 'submitted'
            ? 'Profile submitted for review. We emailed you a confirmation; program staff will email you their decision.'
            : 'Draft saved. Submit it for review when it is complete.'}
        </p>
      ) : null}
      <section aria-labelledby="status-heading" className="panel">
        <h2 id="status-heading">Status</h2>
        <StatusPanel latest={latest} isListed={isListed} />
        {cv?.filename ? (
          <p>
            A CV is on file (private to you and program staff):{' '}
            <a href={`/api/expert-documents/file/${encodeURIComponent(cv.filename)}`}>Open my CV</a>
          </p>
        ) : null}
        {isListed && latest ? (
          <p>
            <Link href={`/account/expert-feedback`}>Feedback from attorneys about your work</Link>
          </p>
        ) : null}
      </section>
      <ExpertProfileForm
        initial={expertProfileValues(latest, user.name, user.email)}
        version={latest?.updatedAt}
        options={{
          ...options,
          expertTypes: expertTypes.map((o) => ({ ...o })),
          fees: feeOptions.map((o) => ({ ...o })),
          testimonyKinds: testimonyKinds.map((o) => ({ ...o })),
        }}
        hasCv={Boolean(cv)}
        maxCvBytes={portalUploadLimits.decisionBytes}
      />
    </div>
  )
}
