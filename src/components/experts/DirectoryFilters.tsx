import Link from 'next/link'

import { CharacterCount } from '@/components/forms/CharacterCount'
import { countIdOf } from '@/components/forms/countId'
import { plural } from '@/components/library/format'
import type { Facet, FacetOption } from '@/experts/facets'
import { MAX_QUERY_LENGTH } from '@/experts/params'

/** Zero-count options beyond this many fold away under "N more with no results". */
const MAX_INLINE_EMPTY = 3

const countText = (count: number) =>
  count === 0 ? 'no results' : plural(count, 'result', 'results')

const Option = ({ facet, option }: { facet: Facet; option: FacetOption }) => {
  // An option that would leave nothing cannot be chosen, but a checked one can always be unchecked.
  const isDisabled = option.count === 0 && !option.isChecked
  // Values may be free text (languages, regions): the option's position makes a safe, unique id.
  const id = `xd-${facet.key}-${facet.options.indexOf(option)}`
  return (
    <li>
      <label htmlFor={id} className={isDisabled ? 'lib-option lib-option--disabled' : 'lib-option'}>
        <input
          id={id}
          type="checkbox"
          name={facet.param}
          value={option.value}
          defaultChecked={option.isChecked}
          disabled={isDisabled}
        />
        <span className="lib-option__name">{option.label}</span>
        <span className="lib-option__count" aria-hidden="true">
          {option.count.toLocaleString('en-US')}
        </span>
        <span className="lib-sr-only"> ({countText(option.count)})</span>
      </label>
    </li>
  )
}

const Folded = ({
  summary,
  facet,
  options,
}: {
  summary: string
  facet: Facet
  options: FacetOption[]
}) =>
  options.length > 0 ? (
    <details className="lib-more">
      <summary>{summary}</summary>
      <ul className="lib-options">
        {options.map((option) => (
          <Option key={option.value} facet={facet} option={option} />
        ))}
      </ul>
    </details>
  ) : null

const Group = ({ facet }: { facet: Facet }) => {
  const hintId = `xd-${facet.param}-hint`
  const isAvailable = (option: FacetOption) => option.count > 0 || option.isChecked
  // Countries experts reach only through their region fold away: the list stays short.
  const viaRegion = facet.options.filter(
    (option) => option.isRegionOnly && option.count > 0 && !option.isChecked,
  )
  const inline = facet.options.filter(
    (option) => isAvailable(option) && !viaRegion.includes(option),
  )
  const empty = facet.options.filter((option) => !isAvailable(option))
  const isEmptyFolded = empty.length > MAX_INLINE_EMPTY
  return (
    <fieldset className="lib-group" aria-describedby={facet.hint ? hintId : undefined}>
      <legend className="lib-group__legend">{facet.legend}</legend>
      {facet.hint ? (
        <p id={hintId} className="lib-hint">
          {facet.hint}
        </p>
      ) : null}
      {facet.options.length === 0 ? (
        <p className="lib-hint">Nothing to choose from here yet.</p>
      ) : null}
      {inline.length > 0 || (!isEmptyFolded && empty.length > 0) ? (
        <ul className="lib-options">
          {inline.map((option) => (
            <Option key={option.value} facet={facet} option={option} />
          ))}
          {isEmptyFolded
            ? null
            : empty.map((option) => <Option key={option.value} facet={facet} option={option} />)}
        </ul>
      ) : null}
      <Folded
        facet={facet}
        options={viaRegion}
        summary={`${plural(viaRegion.length, 'more country', 'more countries')} covered through a region`}
      />
      {isEmptyFolded ? (
        <Folded
          facet={facet}
          options={empty}
          summary={`${plural(empty.length, 'more option', 'more options')} with no results`}
        />
      ) : null}
    </fieldset>
  )
}

type Props = {
  formId: string
  basePath: string
  q?: string
  facets: Facet[]
  activeCount: number
}

/**
 * The sidebar: a plain GET form, so searching and filtering work without JavaScript. Each option
 * says how many results checking it would leave.
 */
export const DirectoryFilters = ({ formId, basePath, q, facets, activeCount }: Props) => (
  <form
    id={formId}
    method="get"
    action={basePath}
    className="lib-filters"
    role="search"
    aria-label="Search and filter experts"
  >
    <div className="lib-field">
      <label htmlFor="xd-q" className="lib-field__label">
        Search experts
      </label>
      <p id="xd-q-hint" className="lib-hint">
        Names, credentials, countries, regions, topics, languages or location. Put a phrase in
        quotes to find it exactly.
      </p>
      <input
        id="xd-q"
        className="lib-input"
        type="search"
        name="q"
        defaultValue={q ?? ''}
        aria-describedby={`xd-q-hint ${countIdOf('xd-q')}`}
      />
      <CharacterCount fieldId="xd-q" max={MAX_QUERY_LENGTH} initialLength={q?.length ?? 0} />
    </div>
    <details className="lib-filters__panel">
      <summary className="lib-filters__toggle">
        Filters{activeCount > 0 ? ` (${activeCount} applied)` : ''}
      </summary>
      {facets.map((facet) => (
        <Group key={facet.key} facet={facet} />
      ))}
    </details>
    <div className="lib-filters__actions">
      <button type="submit" className="button">
        Apply filters
      </button>
      <Link prefetch={false} href={basePath} className="lib-filters__clear">
        Clear filters
      </Link>
    </div>
  </form>
)
