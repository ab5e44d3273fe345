import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { formatDay, nextDeadline } from '@/lib/portal/dates'
import { countOutcomes, listOwnCases, listSharedCases, nameOf, sharersOf } from '@/lib/portal/cases'
import { requireViewer } from '@/lib/portal/session'
import { hasRole, isStaffUser } from '@/lib/roles'
import type { Case } from '@/payload-types'

export const metadata: Metadata = { title: 'My Account' }

type ListedCase = Pick<
  Case,
  'id' | 'caseNumber' | 'country' | 'persecutionTypes' | 'nextHearingDate' | 'deadlines'
>

const CaseCells = ({ theCase }: { theCase: ListedCase }) => {
  const deadline = nextDeadline(theCase)
  const persecution = (theCase.persecutionTypes ?? []).map(nameOf).filter(Boolean)
  return (
    <>
      <th scope="row">
        <Link href={`/cases/${theCase.id}`} className="case-number">
          {theCase.caseNumber}
        </Link>
      </th>
      <td data-label="Country">{nameOf(theCase.country)}</td>
      <td data-label="Type of persecution">
        {persecution.length > 0 ? persecution.join(', ') : '—'}
      </td>
      <td data-label="Next deadline">
        {deadline ? (
          <>
            {formatDay(deadline.date)}
            <span className="cell-note">{deadline.label}</span>
          </>
        ) : (
          <span className="cell-note">None recorded</span>
        )}
      </td>
    </>
  )
}

const CaseNumberHidden = ({ caseNumber }: { caseNumber?: string | null }) => (
  <span className="visually-hidden"> for case {caseNumber}</span>
)

type RowAction = { href: string; label: string }

/** One section of My Account listing cases: an empty state, or a table and its pages. */
const CaseList = ({
  id,
  title,
  list,
  empty,
  caption,
  pagerLabel,
  param,
  extraColumn,
  extraCell,
  actionsOf,
}: {
  id: string
  title: string
  list: { docs: ListedCase[]; totalDocs: number; page?: number; totalPages: number }
  empty: ReactNode
  caption: string
  pagerLabel: string
  param: string
  extraColumn?: string
  extraCell?: (theCase: ListedCase) => ReactNode
  actionsOf: (theCase: ListedCase) => RowAction[]
}) => (
  <section aria-labelledby={id}>
    <h2 id={id}>{title}</h2>
    {list.totalDocs === 0 ? (
      <div className="empty-state">{empty}</div>
    ) : (
      <div className="table-wrap">
        <table className="data-table data-table--cards">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Case number</th>
              <th scope="col">Country</th>
              <th scope="col">Type of persecution</th>
              <th scope="col">Next deadline</th>
              {extraColumn ? <th scope="col">{extraColumn}</th> : null}
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.docs.map((theCase) => (
              <tr key={theCase.id}>
                <CaseCells theCase={theCase} />
                {extraCell?.(theCase)}
                <td data-label="Actions">
                  <ul className="row-actions">
                    {actionsOf(theCase).map((action) => (
                      <li key={action.href}>
                        <Link href={action.href}>
                          {action.label}
                          <CaseNumberHidden caseNumber={theCase.caseNumber} />
                        </Link>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    <Pager page={list.page ?? 1} totalPages={list.totalPages} param={param} label={pagerLabel} />
  </section>
)

const parsePage = (value: string | undefined) => Math.max(1, Math.min(1000, Number(value) || 1))

type Props = { searchParams: Promise<{ mine?: string; shared?: string }> }

export default async function AccountPage({ searchParams }: Props) {
  const { payload, user } = await requireViewer({ path: '/account' })
  const params = await searchParams
  const isAdvocate = hasRole(user, 'advocate')
  const [mine, shared] = isAdvocate
    ? await Promise.all([
        listOwnCases({ payload, user, page: parsePage(params.mine) }),
        listSharedCases({ payload, user, page: parsePage(params.shared) }),
      ])
    : [null, null]
  const outcomeCounts = mine
    ? await countOutcomes({ payload, user, caseIds: mine.docs.map((c) => c.id) })
    : new Map<number, number>()
  const sharers = shared
    ? await sharersOf({ payload, user, cases: shared.docs })
    : new Map<number, { name: string; email: string }>()

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>My Account</h1>
          <p className="meta">
            Signed in as {user.name} ({user.email})
          </p>
        </div>
        <div className="page-heading__actions">
          <Link href="/account/settings" className="button button--secondary">
            Account settings
          </Link>
          {isAdvocate ? (
            <Link href="/cases/new" className="button">
              Register a new case
            </Link>
          ) : null}
        </div>
      </div>

      {isStaffUser(user) ? (
        <section aria-labelledby="staff-heading" className="panel">
          <h2 id="staff-heading">Program staff</h2>
          <p>
            Staff review cases, outcomes, requests and submissions in the admin panel.{' '}
            <Link href="/admin">Open the admin panel</Link>.
          </p>
        </section>
      ) : null}

      {hasRole(user, 'expert') ? (
        <section aria-labelledby="expert-heading" className="panel">
          <h2 id="expert-heading">Expert witnesses</h2>
          <p>
            Your profile is how attorneys find you in the Expert Witness Database. Program staff
            review it before it is listed, and again after each change you submit.
          </p>
          <ul className="row-actions">
            <li>
              <Link href="/account/expert-profile">My expert profile</Link>
            </li>
            <li>
              <Link href="/account/expert-feedback">Feedback from attorneys</Link>
            </li>
          </ul>
          <p>
            The Expert Witness Resource Library has materials on working with legal teams, sample
            declarations and more.
          </p>
          <p>
            <Link href="/expert-library" className="button">
              Open the Expert Witness Resource Library
            </Link>
          </p>
        </section>
      ) : null}

      {mine ? (
        <CaseList
          id="my-cases-heading"
          title="My Cases"
          list={mine}
          caption="Cases you registered, newest first"
          pagerLabel="My Cases pages"
          param="mine"
          empty={
            <>
              <p>
                <strong>You have not registered a case yet.</strong> Submit one case intake for each
                principal applicant (one I-589) to get a TA Library tailored to that case.
              </p>
              <p>
                <Link href="/cases/new" className="button">
                  Register your first case
                </Link>
              </p>
              <p className="meta">
                Case registered before the TA Library opened? Do not submit it again: program staff
                can link it to your account with its existing case number.
              </p>
            </>
          }
          actionsOf={(theCase) => [
            { href: `/cases/${theCase.id}/library`, label: 'View TA Library for this Case' },
            { href: `/cases/${theCase.id}/edit`, label: 'Edit' },
            { href: `/cases/${theCase.id}/share`, label: 'Share' },
            {
              href: `/cases/${theCase.id}/outcomes/new`,
              label:
                (outcomeCounts.get(theCase.id) ?? 0) > 0 ? 'Add Another Outcome' : 'Add an Outcome',
            },
          ]}
        />
      ) : null}

      {shared ? (
        <CaseList
          id="shared-cases-heading"
          title="Cases Shared With Me"
          list={shared}
          caption="Cases other advocates shared with you"
          pagerLabel="Shared cases pages"
          param="shared"
          empty={
            <p>
              <strong>No cases are shared with you.</strong> When the attorney who registered a case
              shares it with {user.email}, it appears here and you can use its library.
            </p>
          }
          extraColumn="Shared by"
          extraCell={(theCase) => (
            <td data-label="Shared by">
              {sharers.get(theCase.id)?.name ?? '—'}
              {sharers.get(theCase.id) ? (
                <span className="cell-note">{sharers.get(theCase.id)?.email}</span>
              ) : null}
            </td>
          )}
          actionsOf={(theCase) => [
            { href: `/cases/${theCase.id}/library`, label: 'View TA Library for this Case' },
            { href: `/cases/${theCase.id}`, label: 'View case' },
          ]}
        />
      ) : null}

      {isAdvocate ? (
        <section aria-labelledby="more-heading" className="panel panel--quiet">
          <h2 id="more-heading">More from the TA program</h2>
          <ul className="link-list">
            <li>
              <Link href="/submit-resource">Submit a sample resource from your case</Link>
            </li>
            <li>
              <Link href="/instructions">How to use the TA Library</Link>
            </li>
            <li>
              <Link href="/feedback">Send feedback or report a problem</Link>
            </li>
          </ul>
        </section>
      ) : null}
    </>
  )
}

const Pager = ({
  page,
  totalPages,
  param,
  label,
}: {
  page: number
  totalPages: number
  param: string
  label: string
}) =>
  totalPages > 1 ? (
    <nav aria-label={label} className="pager">
      {page > 1 ? <Link href={`/account?${param}=${page - 1}`}>Previous page</Link> : null}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? <Link href={`/account?${param}=${page + 1}`}>Next page</Link> : null}
    </nav>
  ) : null
