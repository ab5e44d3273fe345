import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { isExpertOrStaff } from '@/access/isExpertOrStaff'
import { LibraryView } from '@/components/library/LibraryView'
import { toSearchParams, type SearchParamsRecord } from '@/components/library/links'
import { expertLibraryPage, filterParams } from '@/library/service'
import { getViewer } from '@/lib/payload'
import { hasRole } from '@/lib/roles'

import '@/components/library/library.css'

export const metadata: Metadata = { title: 'Expert Witness Resource Library' }

type Props = { searchParams: Promise<SearchParamsRecord> }

type Viewer = NonNullable<Awaited<ReturnType<typeof getViewer>>['user']>

/**
 * Attorneys are not the audience (FAQ): point them to the "Working with Experts" topic in each of
 * their cases' libraries instead.
 */
const ForAdvocates = async ({ payload, user }: { payload: Payload; user: Viewer }) => {
  const [topics, cases] = await Promise.all([
    payload.find({
      collection: 'topics',
      where: { slug: { equals: 'working-with-experts' } },
      limit: 1,
      depth: 0,
      select: { name: true },
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'cases',
      limit: 50,
      depth: 0,
      sort: '-updatedAt',
      select: { caseNumber: true },
      user,
      overrideAccess: false,
    }),
  ])
  const topic = topics.docs[0]
  const libraryHref = (caseId: number) =>
    topic
      ? `/cases/${caseId}/library?${filterParams.topics}=${topic.id}`
      : `/cases/${caseId}/library`
  return (
    <div className="prose lib-advocate-notice">
      <h1>Expert Witness Resource Library</h1>
      <p className="lead">
        This library is for expert witnesses serving in asylum, withholding of removal and
        Convention Against Torture cases. It is not meant for attorneys.
      </p>
      <h2>Resources on working with experts</h2>
      <p>
        Attorneys and advocates find materials on working with experts in each case’s TA Library,
        under <strong>Other Topics → Working with Experts</strong>.
      </p>
      {cases.docs.length > 0 ? (
        <ul className="lib-advocate-notice__cases">
          {cases.docs.map((theCase) => (
            <li key={theCase.id}>
              <Link prefetch={false} href={libraryHref(theCase.id)}>
                Working with Experts in the TA Library for {theCase.caseNumber}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>Register a case first: each case gets its own TA Library.</p>
      )}
    </div>
  )
}

export default async function ExpertLibraryPage({ searchParams }: Props) {
  const { payload, user } = await getViewer()
  if (!user) redirect('/login')
  if (hasRole(user, 'advocate')) return <ForAdvocates payload={payload} user={user} />
  if (!isExpertOrStaff({ req: { user } })) notFound()

  const query = toSearchParams(await searchParams)
  const req = await createLocalReq({ user }, payload)
  const { parsed, result, hints } = await expertLibraryPage(req, query)
  return (
    <>
      <header className="lib-page-header">
        <h1>Expert Witness Resource Library</h1>
        <p className="lib-page-header__intro">
          Resources for expert witnesses: working with a legal team, the practice of serving as an
          expert witness, sample declarations, and materials for country conditions and medical
          experts.
        </p>
      </header>
      <LibraryView
        parsed={parsed}
        result={result}
        hints={hints}
        basePath="/expert-library"
        resourcePath="/expert-library/resources"
        searchHint="Keywords in titles, summaries and texts."
        emptyLibraryText="There are no resources in this library yet."
      />
    </>
  )
}
