import {
  FilterForm,
  FilterGroupFrame,
  FilterOption,
  OptionLists,
} from '@/components/filters/FilterForm'
import { maxSearchLength, type FacetOption, type LibraryResult } from '@/library/service'

import { filterGroups, type FilterGroup } from './links'
import type { ParsedLibraryParams } from './selections'

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
  const renderOption = (option: FacetOption) => (
    <FilterOption
      key={option.id}
      id={`lib-${group.param}-${option.id}`}
      name={group.param}
      value={option.id}
      label={option.name}
      count={option.count}
      isChecked={isChecked(option)}
    />
  )
  return (
    <FilterGroupFrame
      hintId={`lib-${group.param}-hint`}
      legend={group.legend}
      hint={group.hint}
      isEmpty={options.length === 0}
    >
      <OptionLists inline={available} empty={empty} render={renderOption} />
    </FilterGroupFrame>
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
    <FilterForm
      formId={formId}
      basePath={basePath}
      label="Search and filter this library"
      search={{
        id: 'lib-q',
        label: 'Search this library',
        hint: searchHint,
        q: parsed.q,
        max: maxSearchLength,
      }}
      activeCount={activeCount}
      applyLabel="Apply Filters"
    >
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
    </FilterForm>
  )
}
