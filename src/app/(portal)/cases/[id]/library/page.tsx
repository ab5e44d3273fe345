import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { createLocalReq } from 'payload'

import { CaseTabs } from '@/components/cases/CaseTabs'
import { LibraryView } from '@/components/library/LibraryView'
import { toSearchParams, type SearchParamsRecord } from '@/components/library/links'
import { loadViewerCase } from '@/components/library/viewer'
import { caseLibraryPage, toLibraryCase } from '@/library/service'

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<SearchParamsRecord>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { theCase } = await loadViewerCase((await params).id)
  return { title: theCase ? `TA Library for ${theCase.caseNumber}` : 'TA Library' }
}

export default async function CaseLibraryPage({ params, searchParams }: Props) {
  const { id } = await params
  const { payload, user, theCase } = await loadViewerCase(id)
  if (!user) redirect('/login')
  if (!theCase) notFound()

  const query = toSearchParams(await searchParams)
  // A request carrying the viewer, so the engine logs the view as theirs.
  const req = await createLocalReq({ user }, payload)
  const { parsed, result, hints } = await caseLibraryPage(req, theCase, query)
  const libraryCase = toLibraryCase(theCase)
  const countryName = result.facets.countries.find(
    (option) => option.id === libraryCase.countryId,
  )?.name
  const persecutionNames = result.facets.persecutionTypes
    .filter((option) => libraryCase.persecutionTypeIds.includes(option.id))
    .map((option) => option.name)
  const basePath = `/cases/${theCase.id}/library`

  return (
    <>
      <p className="lib-breadcrumb">
        <Link href={`/cases/${theCase.id}`}>← Case {theCase.caseNumber}</Link>
      </p>
      <header className="lib-page-header">
        <h1>
          TA Library <span className="lib-page-header__case">for case {theCase.caseNumber}</span>
        </h1>
        <p className="lib-page-header__intro">
          Matched to this case’s intake
          {countryName || persecutionNames.length > 0 ? ': ' : ''}
          <strong>{[countryName, ...persecutionNames].filter(Boolean).join(' · ')}</strong>. Briefs,
          decisions, advisories and filings come from every country; country conditions and expert
          declarations are for this country. When the intake changes, this library follows it.
        </p>
      </header>
      <CaseTabs caseId={theCase.id} current="library" />
      <LibraryView
        parsed={parsed}
        result={result}
        hints={hints}
        basePath={basePath}
        resourcePath={`/cases/${theCase.id}/resources`}
        searchHint="Keywords, or a case number to check whether that case’s decision is in this library."
        emptyLibraryText="This library has no resources for this case yet. We add materials as we develop or receive them, and they appear here automatically. Check that the intake lists every type of persecution in the claim."
      />
    </>
  )
}
