import Link from 'next/link'

import { CharacterCount } from '@/components/forms/CharacterCount'
import { countIdOf } from '@/components/forms/countId'
import { maxSearchLength, type FacetOption, type LibraryResult } from '@/library/service'

import { plural } from './format'
import { filterGroups, type FilterGroup } from './links'
import type { ParsedLibraryParams } from './selections'

/** Zero-count options beyond this many fold away under "N more with no results". */
const MAX_INLINE_EMPTY = 3

const countText = (count: number) =>
  count === 0 ? 'no results' : plural(count, 'result', 'results')

const Option = ({
  group,
  option,
  isChecked,
}: {
  group: FilterGroup
  option: FacetOption
  isChecked: boolean
}) => {
  // An option that would leave nothing cannot be chosen, but a checked one can always be unchecked.
  const isDisabled = option.count === 0 && !isChecked
  const id = `lib-${group.param}-${option.id}`
  return (
    <li>
      <label htmlFor={id} className={isDisabled ? 'lib-option lib-option--disabled' : 'lib-option'}>
        <input
          id={id}
          type="checkbox"
          name={group.param}
          value={option.id}
          defaultChecked={isChecked}
          disabled={isDisabled}
        />
        <span className="lib-option__name">{option.name}</span>
        <span className="lib-option__count" aria-hidden="true">
          {option.count.toLocaleString('en-US')}
        </span>
        <span className="lib-sr-only"> ({countText(option.count)})</span>
      </label>
    </li>
  )
}

const Group = ({
  group,
  options,
  checked,
}: {
  group: FilterGroup
  options: FacetOption[]
  checked: number[]
}) => {
  const isChecked = (option: FacetOption) => checked.includes(option.id)
  const available = options.filter((option) => option.count > 0 || isChecked(option))
  const empty = options.filter((option) => option.count === 0 && !isChecked(option))
  const isFolded = empty.length > MAX_INLINE_EMPTY
  const hintId = `lib-${group.param}-hint`
  const renderOption = (option: FacetOption) => (
    <Option key={option.id} group={group} option={option} isChecked={isChecked(option)} />
  )
  return (
    <fieldset className="lib-group" aria-describedby={group.hint ? hintId : undefined}>
      <legend className="lib-group__legend">{group.legend}</legend>
      {group.hint ? (
        <p id={hintId} className="lib-hint">
          {group.hint}
        </p>
      ) : null}
      {options.length === 0 ? <p className="lib-hint">Nothing to choose from here yet.</p> : null}
      {available.length > 0 || !isFolded ? (
        <ul className="lib-options">
          {available.map(renderOption)}
          {isFolded ? null : empty.map(renderOption)}
        </ul>
      ) : null}
      {isFolded ? (
        <details className="lib-more">
          <summary>{plural(empty.length, 'more option', 'more options')} with no results</summary>
          <ul className="lib-options">{empty.map(renderOption)}</ul>
        </details>
      ) : null}
    </fieldset>
  )
}

type Props = {
  formId: string
  basePath: string
  parsed: ParsedLibraryParams
  result: LibraryResult
  searchHint: string
}

/**
 * The sidebar: a plain GET form, so filtering works without JavaScript. Counts come from the same
 * query as the results; each says how many results checking that option would leave.
 */
export const LibraryFilters = ({ formId, basePath, parsed, result, searchHint }: Props) => {
  const activeCount =
    filterGroups.reduce((sum, group) => sum + parsed.filters[group.key].length, 0) +
    (parsed.filters.from || parsed.filters.to ? 1 : 0)
  return (
    <form
      id={formId}
      method="get"
      action={basePath}
      className="lib-filters"
      role="search"
      aria-label="Search and filter this library"
    >
      <div className="lib-field">
        <label htmlFor="lib-q" className="lib-field__label">
          Search this library
        </label>
        <p id="lib-q-hint" className="lib-hint">
          {searchHint}
        </p>
        <input
          id="lib-q"
          className="lib-input"
          type="search"
          name="q"
          defaultValue={parsed.q ?? ''}
          aria-describedby={`lib-q-hint ${countIdOf('lib-q')}`}
        />
        <CharacterCount
          fieldId="lib-q"
          max={maxSearchLength}
          initialLength={parsed.q?.length ?? 0}
        />
      </div>
      <details className="lib-filters__panel">
        <summary className="lib-filters__toggle">
          Filters{activeCount > 0 ? ` (${activeCount} applied)` : ''}
        </summary>
        {filterGroups.map((group) => (
          <Group
            key={group.key}
            group={group}
            options={result.facets[group.key]}
            checked={parsed.filters[group.key]}
          />
        ))}
        <fieldset className="lib-group" aria-describedby="lib-dates-hint">
          <legend className="lib-group__legend">Date range</legend>
          <p id="lib-dates-hint" className="lib-hint">
            Published or last updated between these dates.
          </p>
          <div className="lib-dates">
            <div className="lib-field">
              <label htmlFor="lib-from" className="lib-field__label">
                From
              </label>
              <input
                id="lib-from"
                className="lib-input"
                type="date"
                name="from"
                defaultValue={parsed.filters.from ?? ''}
              />
            </div>
            <div className="lib-field">
              <label htmlFor="lib-to" className="lib-field__label">
                To
              </label>
              <input
                id="lib-to"
                className="lib-input"
                type="date"
                name="to"
                defaultValue={parsed.filters.to ?? ''}
              />
            </div>
          </div>
        </fieldset>
      </details>
      <div className="lib-filters__actions">
        <button type="submit" className="button">
          Apply Filters
        </button>
        <Link prefetch={false} href={basePath} className="lib-filters__clear">
          Clear filters
        </Link>
      </div>
    </form>
  )
}
