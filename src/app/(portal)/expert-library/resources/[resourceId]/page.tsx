import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { createLocalReq } from 'payload'
import { cache } from 'react'

import { isExpertOrStaff } from '@/access/isExpertOrStaff'
import { ResourceDetail } from '@/components/library/ResourceDetail'
import { recordAccessEvent } from '@/lib/audit'
import { getViewer } from '@/lib/payload'
import { hasRole } from '@/lib/roles'
import { isInExpertLibrary, loadLibraryResource } from '@/library/service'

type Props = { params: Promise<{ resourceId: string }> }

/** A published expert-audience resource, for experts and staff only; anything else is not found. */
const loadExpertResource = cache(async (resourceId: string) => {
  const { payload, user } = await getViewer()
  if (!user || !isExpertOrStaff({ req: { user } }) || !/^\d{1,10}$/.test(resourceId))
    return { user, resource: null }
  const req = await createLocalReq({ user }, payload)
  const loaded = await loadLibraryResource(req, resourceId)
  const isHeld = loaded !== null && isInExpertLibrary(loaded.forRules)
  return { user, req, resource: isHeld ? loaded.resource : null }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { resource } = await loadExpertResource((await params).resourceId)
  return { title: resource?.title ?? 'Not found' }
}

export default async function ExpertResourcePage({ params }: Props) {
  const { user, req, resource } = await loadExpertResource((await params).resourceId)
  if (!user) redirect('/login')
  if (hasRole(user, 'advocate')) redirect('/expert-library')
  if (!req || !resource) notFound()

  await recordAccessEvent({ req, action: 'open-resource', resourceId: resource.id })

  return (
    <ResourceDetail
      resource={resource}
      back={{ href: '/expert-library', label: 'Expert Witness Resource Library' }}
      // The experts-only route checks the role and the resource again, and logs the download.
      downloadHref={`/api/expert-library/resources/${resource.id}/download`}
    />
  )
}
