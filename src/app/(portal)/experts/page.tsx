import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isAdvocateOrStaff } from '@/access/isAdvocateOrStaff'
import { DirectoryFilters } from '@/components/experts/DirectoryFilters'
import { DirectoryResults } from '@/components/experts/DirectoryResults'
import { ExpertNotice } from '@/components/experts/ExpertNotice'
import { ForExperts } from '@/components/experts/ForExperts'
import { toSearchParams, type SearchParamsRecord } from '@/components/library/links'
import { searchExperts } from '@/experts/directory'
import { toDirectoryQuery } from '@/experts/params'
import { requireViewer } from '@/lib/portal/session'
import { hasRole } from '@/lib/roles'

import '@/components/library/library.css'

export const metadata: Metadata = { title: 'Expert Witness Database' }

type Props = { searchParams: Promise<SearchParamsRecord> }

const BASE_PATH = '/experts'
const FORM_ID = 'xd-form'

export default async function ExpertDirectoryPage({ searchParams }: Props) {
  const { payload, user } = await requireViewer({ path: BASE_PATH })
  if (hasRole(user, 'expert')) return <ForExperts />
  if (!isAdvocateOrStaff({ req: { user } })) notFound()

  const result = await searchExperts({
    payload,
    user,
    params: toSearchParams(await searchParams),
  })
  const activeCount = result.selections.filter((selection) => selection.key !== 'q').length
  // The form's inputs are uncontrolled: remount them for each query, so that after a link (a
  // removed selection, "Clear filters") they show what is applied, not what was last typed.
  const stateKey = toDirectoryQuery(result.applied).toString()

  return (
    <>
      <header className="lib-page-header">
        <h1>Expert Witness Database</h1>
        <p className="lib-page-header__intro">
          Referrals to country conditions, mental health and forensic medical experts, and to
          clinics, for asylum, withholding of removal and Convention Against Torture cases. Search
          by country, region, type of expert, topic or language, then contact experts directly.
        </p>
      </header>
      <ExpertNotice />
      <div className="lib-layout xd-layout">
        <div className="lib-sidebar">
          <DirectoryFilters
            key={stateKey}
            formId={FORM_ID}
            basePath={BASE_PATH}
            q={result.applied.q}
            facets={result.facets}
            activeCount={activeCount}
          />
        </div>
        <DirectoryResults basePath={BASE_PATH} result={result} />
      </div>
    </>
  )
}
