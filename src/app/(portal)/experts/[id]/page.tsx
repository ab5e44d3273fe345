import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { cache } from 'react'

import { ShortlistForm } from '@/components/cases/ShortlistForm'
import { ExpertProfileView } from '@/components/experts/ExpertProfileView'
import { ForExperts } from '@/components/experts/ForExperts'
import { getListedExpert } from '@/experts/profile'
import { getViewer } from '@/lib/payload'
import { loginPath } from '@/lib/portal/session'
import { hasRole } from '@/lib/roles'
import type { User } from '@/payload-types'

import '@/components/library/library.css'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ shortlist?: string }> }

/** The viewer and the listed profile as they may read it, once per request (metadata and page). */
const loadProfile = cache(async (id: string) => {
  const { payload, user } = await getViewer()
  const viewer = (user as User | null) ?? null
  const profile = await getListedExpert({ payload, user: viewer, id })
  return { user: viewer, profile }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { profile } = await loadProfile((await params).id)
  return {
    title: profile ? `${profile.name} · Expert Witness Database` : 'Expert Witness Database',
  }
}

export default async function ExpertProfilePage({ params, searchParams }: Props) {
  const { id } = await params
  const { shortlist } = await searchParams
  const { user, profile } = await loadProfile(id)
  if (!user) redirect(loginPath(`/experts/${encodeURIComponent(id)}`))
  if (hasRole(user, 'expert')) return <ForExperts />
  // Not listed, not found, or not for this viewer: the same 404 for all.
  if (!profile) notFound()
  const { payload } = await getViewer()
  return (
    <>
      <ExpertProfileView profile={profile} />
      {hasRole(user, 'advocate') ? (
        <ShortlistForm payload={payload} user={user} expertId={profile.id} status={shortlist} />
      ) : null}
    </>
  )
}
