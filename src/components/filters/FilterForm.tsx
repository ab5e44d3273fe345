import Link from 'next/link'
import type { ReactNode } from 'react'

import { CharacterCount } from '@/components/forms/CharacterCount'
import { countIdOf } from '@/components/forms/countId'
import { plural } from '@/components/library/format'

/**
 * The parts both sidebars (a case's library, the expert directory) are made of: a plain GET form,
 * so searching and filtering work without JavaScript, and checkboxes that each say how many
 * results checking them would leave.
 */

/** Zero-count options beyond this many fold away under "N more with no results". */
export const MAX_INLINE_EMPTY = 3

const countText = (count: number) =>
  count === 0 ? 'no results' : plural(count, 'result', 'results')

export const FilterOption = ({
  id,
  name,
  value,
  label,
  count,
  isChecked,
}: {
  id: string
  name: string
  value: string | number
  label: string
  count: number
  isChecked: boolean
}) => {
  // An option that would leave nothing cannot be chosen, but a checked one can always be unchecked.
  const isDisabled = count === 0 && !isChecked
  return (
    <li>
      <label htmlFor={id} className={isDisabled ? 'lib-option lib-option--disabled' : 'lib-option'}>
        <input
          id={id}
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={isChecked}
          disabled={isDisabled}
        />
        <span className="lib-option__name">{label}</span>
        <span className="lib-option__count" aria-hidden="true">
          {count.toLocaleString('en-US')}
        </span>
        <span className="lib-sr-only"> ({countText(count)})</span>
      </label>
    </li>
  )
}

/** Options folded under a summary line; nothing when there are none. */
export const FoldedOptions = ({ summary, children }: { summary: string; children: ReactNode[] }) =>
  children.length > 0 ? (
    <details className="lib-more">
      <summary>{summary}</summary>
      <ul className="lib-options">{children}</ul>
    </details>
  ) : null

export const FilterGroupFrame = ({
  hintId,
  legend,
  hint,
  isEmpty,
  children,
}: {
  hintId: string
  legend: string
  hint?: string
  isEmpty: boolean
  children: ReactNode
}) => (
  <fieldset className="lib-group" aria-describedby={hint ? hintId : undefined}>
    <legend className="lib-group__legend">{legend}</legend>
    {hint ? (
      <p id={hintId} className="lib-hint">
        {hint}
      </p>
    ) : null}
    {isEmpty ? <p className="lib-hint">Nothing to choose from here yet.</p> : null}
    {children}
  </fieldset>
)

export const FilterForm = ({
  formId,
  basePath,
  label,
  search,
  activeCount,
  applyLabel,
  children,
}: {
  formId: string
  basePath: string
  /** What the form searches, for its landmark name. */
  label: string
  search: { id: string; label: string; hint: ReactNode; q?: string; max: number }
  activeCount: number
  applyLabel: string
  children: ReactNode
}) => (
  <form
    id={formId}
    method="get"
    action={basePath}
    className="lib-filters"
    role="search"
    aria-label={label}
  >
    <div className="lib-field">
      <label htmlFor={search.id} className="lib-field__label">
        {search.label}
      </label>
      <p id={`${search.id}-hint`} className="lib-hint">
        {search.hint}
      </p>
      <input
        id={search.id}
        className="lib-input"
        type="search"
        name="q"
        defaultValue={search.q ?? ''}
        aria-describedby={`${search.id}-hint ${countIdOf(search.id)}`}
      />
      <CharacterCount fieldId={search.id} max={search.max} initialLength={search.q?.length ?? 0} />
    </div>
    <details className="lib-filters__panel">
      <summary className="lib-filters__toggle">
        Filters{activeCount > 0 ? ` (${activeCount} applied)` : ''}
      </summary>
      {children}
    </details>
    <div className="lib-filters__actions">
      <button type="submit" className="button">
        {applyLabel}
      </button>
      <Link prefetch={false} href={basePath} className="lib-filters__clear">
        Clear filters
      </Link>
    </div>
  </form>
)

/**
 * A group's options: those that leave results inline, then what folds away (`folded`, e.g. the
 * countries reached through a region), then the zero-count ones, folded when there are many.
 */
export const OptionLists = <T,>({
  inline,
  empty,
  render,
  folded,
}: {
  inline: T[]
  empty: T[]
  render: (option: T) => ReactNode
  folded?: ReactNode
}) => {
  const isEmptyFolded = empty.length > MAX_INLINE_EMPTY
  return (
    <>
      {inline.length > 0 || (!isEmptyFolded && empty.length > 0) ? (
        <ul className="lib-options">
          {inline.map(render)}
          {isEmptyFolded ? null : empty.map(render)}
        </ul>
      ) : null}
      {folded}
      {isEmptyFolded ? (
        <FoldedOptions
          summary={`${plural(empty.length, 'more option', 'more options')} with no results`}
        >
          {empty.map(render)}
        </FoldedOptions>
      ) : null}
    </>
  )
}
