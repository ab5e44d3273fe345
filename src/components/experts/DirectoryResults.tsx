import Link from 'next/link'

import { NoMatches } from '@/components/filters/NoMatches'
import { plural } from '@/components/library/format'
import { hrefOf } from '@/components/library/links'
import { Pagination } from '@/components/library/Pagination'
import { NoSuchPage, SelectedChips } from '@/components/library/SelectedChips'
import type { DirectoryItem, DirectoryResult, DirectorySelection } from '@/experts/directory'
import { toDirectoryQuery } from '@/experts/params'

const experts = (count: number) => plural(count, 'expert', 'experts')

/** A labelled fact, left out when there is nothing to say. */
const Fact = ({ term, values }: { term: string; values: (string | null)[] }) => {
  const shown = values.filter((value): value is string => Boolean(value))
  if (shown.length === 0) return null
  return (
    <div>
      <dt>{term}</dt>
      <dd>{shown.join(', ')}</dd>
    </div>
  )
}

const ResultItem = ({ item }: { item: DirectoryItem }) => {
  const titleId = `xd-item-${item.id}`
  return (
    <li className="lib-item">
      <article aria-labelledby={titleId}>
        <p className="lib-item__type">{item.types.join(' · ') || 'Expert witness'}</p>
        <h3 id={titleId} className="lib-item__title">
          <Link prefetch={false} href={`/experts/${item.id}`}>
            {item.name}
          </Link>
        </h3>
        <dl className="xd-facts">
          <Fact term="Countries" values={item.countries} />
          <Fact term="Regions" values={item.regions} />
          <Fact term="Languages" values={item.languages} />
          <Fact term="Testimony" values={item.testimonyKinds} />
          {item.fees || item.feeNotes ? (
            <div>
              <dt>Fees</dt>
              <dd>
                {item.fees}
                {item.fees && item.feeNotes ? '. ' : null}
                {item.feeNotes}
              </dd>
            </div>
          ) : null}
          <Fact
            term="Remote work"
            values={[item.isRemoteAvailable ? 'Available remotely' : 'Not available remotely']}
          />
          <Fact term="Location" values={[item.location]} />
        </dl>
      </article>
    </li>
  )
}

const removeText = (selection: DirectorySelection) =>
  selection.key === 'q'
    ? `Remove the search ${selection.label}`
    : `Remove ${selection.label} (${selection.group})`

const EmptyState = ({
  basePath,
  selections,
  listedTotal,
}: {
  basePath: string
  selections: DirectorySelection[]
  listedTotal: number
}) => {
  if (listedTotal === 0 || selections.length === 0) {
    return (
      <div className="lib-empty">
        <p>No experts are listed yet. We add experts as program staff approve their profiles.</p>
      </div>
    )
  }
  return (
    <NoMatches
      heading="No experts match all of these selections"
      intro="Each selection narrows the results."
      selections={selections.map((selection) => ({
        key: selection.key,
        href: hrefOf(basePath, selection.without),
        text: removeText(selection),
        wouldShow:
          selection.totalWithout > 0
            ? `would show ${experts(selection.totalWithout)}`
            : 'would still show no experts',
      }))}
      notEnoughText="Removing any one of them is not enough: try fewer selections, or none."
      isAnyHelpful={selections.some((selection) => selection.totalWithout > 0)}
      basePath={basePath}
    />
  )
}

type Props = { basePath: string; result: DirectoryResult }

/** The count, how the filters combine, what is applied, and the page of experts. */
export const DirectoryResults = ({ basePath, result }: Props) => {
  const pageCount = Math.ceil(result.total / result.pageSize)
  const firstShown = (result.page - 1) * result.pageSize + 1
  const lastShown = firstShown + result.items.length - 1
  const { selections } = result
  return (
    <section className="lib-results" aria-labelledby="xd-results-heading">
      <div className="lib-results__header">
        <h2 id="xd-results-heading" className="lib-results__heading">
          {result.total === 0 ? 'No experts found' : `${experts(result.total)} found`}
        </h2>
      </div>
      <p className="lib-logic">
        Results match every filter you choose. Inside a group, an expert must match all the options
        you check (two languages: experts who speak both); under Fees, any checked option matches.
        {result.applied.q ? ' The best matches for your search come first.' : ''}
      </p>
      <SelectedChips
        labelId="xd-selected-label"
        chips={selections.map((selection) => ({
          key: selection.key,
          group: selection.group,
          label: selection.label,
          href: hrefOf(basePath, selection.without),
          removeText: removeText(selection),
        }))}
      />
      {result.total === 0 ? (
        <EmptyState basePath={basePath} selections={selections} listedTotal={result.listedTotal} />
      ) : result.items.length === 0 ? (
        <NoSuchPage
          page={result.page}
          firstPageHref={hrefOf(basePath, toDirectoryQuery({ ...result.applied, page: 1 }))}
        />
      ) : (
        <>
          {pageCount > 1 ? (
            <p className="lib-results__range">
              Showing {firstShown.toLocaleString('en-US')}–{lastShown.toLocaleString('en-US')} of{' '}
              {result.total.toLocaleString('en-US')}
            </p>
          ) : null}
          <ol className="lib-list">
            {result.items.map((item) => (
              <ResultItem key={item.id} item={item} />
            ))}
          </ol>
          <Pagination
            page={result.page}
            pageCount={pageCount}
            href={(target) =>
              hrefOf(basePath, toDirectoryQuery({ ...result.applied, page: target }))
            }
          />
        </>
      )}
    </section>
  )
}
