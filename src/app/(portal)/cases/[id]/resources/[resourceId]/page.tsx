import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { createLocalReq } from 'payload'
import { cache } from 'react'

import { ResourceDetail } from '@/components/library/ResourceDetail'
import { loadViewerCase } from '@/components/library/viewer'
import { recordAccessEvent } from '@/lib/audit'
import { isInLibrary, loadLibraryResource, toLibraryCase } from '@/library/service'
import type { DocumentType } from '@/payload-types'

/** The FAQ: toolkits and advisories are background for practitioners, never evidence or argument. */
const BACKGROUND_ONLY_TYPES = new Set(['country-conditions', 'practice-advisory'])

type Props = { params: Promise<{ id: string; resourceId: string }> }

/**
 * The resource, only when the viewer may use the case and the case's library holds it. Anything
 * else is the same "not found", whatever the reason.
 */
const loadCaseResource = cache(async (id: string, resourceId: string) => {
  const { payload, user, theCase } = await loadViewerCase(id)
  if (!user || !theCase || !/^\d{1,10}$/.test(resourceId)) return { payload, user, theCase }
  const req = await createLocalReq({ user }, payload)
  const loaded = await loadLibraryResource(req, resourceId)
  const isHeld = loaded !== null && isInLibrary(loaded.forRules, toLibraryCase(theCase))
  return { payload, user, theCase, req, resource: isHeld ? loaded.resource : null }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, resourceId } = await params
  const { resource } = await loadCaseResource(id, resourceId)
  return { title: resource?.title ?? 'Not found' }
}

export default async function CaseResourcePage({ params }: Props) {
  const { id, resourceId } = await params
  const { user, theCase, req, resource } = await loadCaseResource(id, resourceId)
  if (!user) redirect('/login')
  if (!theCase || !req || !resource) notFound()

  await recordAccessEvent({
    req,
    action: 'open-resource',
    caseId: theCase.id,
    resourceId: resource.id,
  })

  const evidenceNote = resource.mayBeFiledAsEvidence ? (
    <div className="lib-note lib-note--evidence">
      <p className="lib-note__title">May be filed as evidence</p>
      <p>
        You may file this in case {theCase.caseNumber}, which is registered with the TA program. Do
        not file it in cases that are not registered.
      </p>
    </div>
  ) : BACKGROUND_ONLY_TYPES.has((resource.documentType as DocumentType).slug) ? (
    <div className="lib-note lib-note--guidance">
      <p className="lib-note__title">Background guidance, not evidence</p>
      <p>
        Do not submit this as evidence or argument: country conditions toolkits and practice
        advisories are provided as background information and guidance for practitioners.
      </p>
    </div>
  ) : (
    <div className="lib-note lib-note--guidance">
      <p className="lib-note__title">Not marked for filing as evidence</p>
      <p>
        Use it as a model or for background. Only materials marked “May be filed as evidence” may be
        filed, and only in cases registered with the TA program.
      </p>
    </div>
  )

  return (
    <ResourceDetail
      resource={resource}
      back={{ href: `/cases/${theCase.id}/library`, label: `TA Library for ${theCase.caseNumber}` }}
      downloadHref={`/api/cases/${theCase.id}/resources/${resource.id}/download`}
      evidenceNote={evidenceNote}
      footnote={
        <p className="lib-detail__footnote">
          Share these materials only with people working on this case: add them to the case as
          shared users from the <Link href={`/cases/${theCase.id}`}>case page</Link>.
        </p>
      }
    />
  )
}
