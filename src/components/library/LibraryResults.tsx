import Link from 'next/link'

import { NoMatches } from '@/components/filters/NoMatches'

import { isCaseNumberWithheld, removableSelections } from '@/collections/Cases/caseNumberSearch'
import {
  resolveLibraryQuery,
  type EmptyResultHint,
  type LibraryItem,
  type LibraryResult,
} from '@/library/service'

import { formatDate, isoDay, plural } from './format'
import { hrefOf, withPage } from './links'
import { Pagination } from './Pagination'
import { NoSuchPage, SelectedChips } from './SelectedChips'
import type { ParsedLibraryParams, Selection } from './selections'

const Badges = ({ item }: { item: LibraryItem }) => {
  const badges = [
    item.isNew ? { key: 'new', label: 'New since your last visit', tone: 'new' } : null,
    item.mayBeFiledAsEvidence
      ? { key: 'evidence', label: 'May be filed as evidence', tone: 'evidence' }
      : null,
    item.isOutdated ? { key: 'outdated', label: 'May be outdated', tone: 'outdated' } : null,
  ].filter((badge) => badge !== null)
  if (badges.length === 0) return null
  return (
    <ul className="lib-badges" aria-label="Notes">
      {badges.map((badge) => (
        <li key={badge.key} className={`lib-badge lib-badge--${badge.tone}`}>
          {badge.label}
        </li>
      ))}
    </ul>
  )
}

const ResultItem = ({ item, href }: { item: LibraryItem; href: string }) => {
  const tags = [
    ...item.countries,
    ...item.persecutionTypes,
    ...item.reliefTypes,
    ...item.stages,
    ...item.topics,
  ]
  const titleId = `lib-item-${item.id}`
  return (
    <li className="lib-item">
      <article aria-labelledby={titleId}>
        <p className="lib-item__type">{item.documentType.name}</p>
        <h3 id={titleId} className="lib-item__title">
          {/* Library pages log each view: links never prefetch them, so only visits are recorded. */}
          <Link prefetch={false} href={href}>
            {item.title}
          </Link>
        </h3>
        <p className="lib-item__dates">
          <span>
            Published{' '}
            <time dateTime={isoDay(item.publishedAt)}>{formatDate(item.publishedAt)}</time>
          </span>
          <span>
            {item.contentUpdatedAt ? (
              <>
                Last updated{' '}
                <time dateTime={isoDay(item.contentUpdatedAt)}>
                  {formatDate(item.contentUpdatedAt)}
                </time>
              </>
            ) : (
              'Not updated since publication'
            )}
          </span>
          {item.hasFile ? <span>File to download</span> : null}
        </p>
        <Badges item={item} />
        {item.summary ? <p className="lib-item__summary">{item.summary}</p> : null}
        {tags.length > 0 ? (
          <ul className="lib-tags" aria-label="Tags">
            {tags.map((tag, index) => (
              <li key={`${tag}-${index}`} className="lib-tag">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}
      </article>
    </li>
  )
}

const EmptyState = ({
  basePath,
  selections,
  hints,
  emptyLibraryText,
  heading = 'No resources match all of these selections',
}: {
  basePath: string
  selections: Selection[]
  hints: EmptyResultHint[]
  emptyLibraryText: string
  heading?: string
}) => {
  if (selections.length === 0) {
    return (
      <div className="lib-empty">
        <p>{emptyLibraryText}</p>
      </div>
    )
  }
  const helpful = hints.filter((hint) => hint.total > 0)
  return (
    <NoMatches
      heading={heading}
      headingId="lib-empty-heading"
      intro="Each filter you add narrows the results."
      selections={selections.map((selection) => {
        const hint = hints.find((candidate) => candidate.key === selection.key)
        return {
          key: selection.key,
          href: hrefOf(basePath, selection.withoutIt),
          text: selection.removeText,
          wouldShow: hint
            ? hint.total > 0
              ? `would show ${plural(hint.total, 'result', 'results')}`
              : 'would still show no results'
            : undefined,
        }
      })}
      notEnoughText="Removing any one of them is not enough: try fewer filters, or none."
      isAnyHelpful={helpful.length > 0}
      basePath={basePath}
    />
  )
}

type Props = {
  formId: string
  basePath: string
  resourcePath: string
  parsed: ParsedLibraryParams
  /** The canonical query string of what is shown (for sort and page links). */
  params: URLSearchParams
  result: LibraryResult
  selections: Selection[]
  hints: EmptyResultHint[]
  emptyLibraryText: string
}

export const LibraryResults = ({
  formId,
  basePath,
  resourcePath,
  parsed,
  params,
  result,
  selections,
  hints,
  emptyLibraryText,
}: Props) => {
  const { isTextSearch, sort: currentSort } = resolveLibraryQuery(parsed)
  const pageCount = Math.ceil(result.total / result.pageSize)
  const firstShown = (result.page - 1) * result.pageSize + 1
  const lastShown = firstShown + result.items.length - 1
  const caseSearch = result.caseNumberSearch
  const isCountryChecked = parsed.filters.countries.length > 0

  return (
    <section className="lib-results" aria-labelledby="lib-results-heading">
      <div className="lib-results__header">
        <h2 id="lib-results-heading" className="lib-results__heading">
          {result.total === 0 ? 'No results' : plural(result.total, 'result', 'results')}
        </h2>
        {result.total > 0 ? (
          <div className="lib-sort">
            <label htmlFor="lib-sort">Sort by</label>
            <select id="lib-sort" name="sort" form={formId} defaultValue={currentSort}>
              <option value="newest">Newest first</option>
              {isTextSearch ? <option value="relevance">Relevance</option> : null}
              <option value="title">Title</option>
            </select>
            <button
              type="submit"
              form={formId}
              className="button button--secondary lib-sort__button"
            >
              Sort
            </button>
          </div>
        ) : null}
      </div>
      <p className="lib-logic">
        Results match all the filters you choose. Within Type of Document, any checked type matches.
      </p>
      {isCountryChecked ? (
        <p className="alert lib-country-note">
          <strong>Country of Origin is checked,</strong> so only country conditions and expert
          declarations are shown. To see sample briefs, decisions, advisories and filings from every
          country, uncheck it.
        </p>
      ) : null}
      <SelectedChips
        labelId="lib-selected-label"
        chips={selections.map((selection) => ({
          key: selection.key,
          group: selection.group,
          label: selection.label,
          href: hrefOf(basePath, selection.withoutIt),
          removeText: selection.removeText,
        }))}
      />
      {isCaseNumberWithheld(caseSearch) ? (
        <div className="lib-empty">
          <p className="lib-empty__lead">That decision is not available in this library.</p>
          <p>
            <Link prefetch={false} href={basePath}>
              Back to the whole library
            </Link>
          </p>
        </div>
      ) : result.total === 0 ? (
        <EmptyState
          basePath={basePath}
          selections={removableSelections({ search: caseSearch, selections })}
          hints={hints}
          emptyLibraryText={emptyLibraryText}
          heading={
            caseSearch
              ? 'That decision is in this library, but the filters you chose hide it'
              : undefined
          }
        />
      ) : result.items.length === 0 ? (
        <NoSuchPage page={result.page} firstPageHref={hrefOf(basePath, withPage(params, 1))} />
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
              <ResultItem key={item.id} item={item} href={`${resourcePath}/${item.id}`} />
            ))}
          </ol>
          <Pagination
            page={result.page}
            pageCount={pageCount}
            href={(target) => hrefOf(basePath, withPage(params, target))}
          />
        </>
      )}
    </section>
  )
}
