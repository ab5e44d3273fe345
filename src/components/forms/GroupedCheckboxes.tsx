'use client'

import { useRef, useState, type ChangeEvent, type ReactNode } from 'react'

import type { OptionGroup } from '@/lib/portal/options'

import { FieldError, fieldId } from './Fields'
import { useHasScript } from './useHasScript'

type Props = {
  name: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  groups: OptionGroup[]
  selected: string[]
  /** Label of the search box that narrows the list, e.g. "Find a country". */
  filterLabel: string
  /** What one option is called in the status line, e.g. ["country", "countries"]. */
  noun: [string, string]
}

/** Case- and accent-insensitive, so "peru" finds "Perú". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`

/**
 * Many checkboxes (e.g. 250 countries) in collapsible groups, with a box that narrows them by name
 * and a line that says what is chosen. Plain checkboxes in `<details>` underneath: without
 * JavaScript every group still opens and submits; a filtered-out box keeps its state and is still
 * submitted. Groups holding a choice start open.
 */
export const GroupedCheckboxes = ({
  name,
  label,
  hint,
  error,
  groups,
  selected,
  filterLabel,
  noun,
}: Props) => {
  const id = fieldId(name)
  const fieldset = useRef<HTMLFieldSetElement>(null)
  const [filter, setFilter] = useState('')
  const [chosen, setChosen] = useState<string[]>(selected)
  const [open, setOpen] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(
      groups.map((group) => [
        group.label,
        group.options.some((option) => selected.includes(option.value)),
      ]),
    ),
  )
  // The search box needs JavaScript: rendered after hydration only.
  const hasScript = useHasScript()

  const readChosen = (event: ChangeEvent<HTMLFieldSetElement>) => {
    // A box checked in a filtered list keeps its group open once the filter is cleared.
    const target = event.target as unknown as HTMLInputElement
    const group = target.closest<HTMLElement>('details[data-group]')?.dataset.group
    if (target.type === 'checkbox' && target.checked && group) {
      setOpen((was) => (was[group] ? was : { ...was, [group]: true }))
    }
    const boxes = fieldset.current?.querySelectorAll<HTMLInputElement>(
      `input[type="checkbox"][name="${name}"]`,
    )
    setChosen(Array.from(boxes ?? []).flatMap((box) => (box.checked ? [box.value] : [])))
  }

  const needle = fold(filter.trim())
  // The options the filter leaves, by value: each label folded once per render.
  const shown = new Set(
    groups.flatMap((group) =>
      group.options.flatMap((o) =>
        needle === '' || fold(o.label).includes(needle) ? [o.value] : [],
      ),
    ),
  )
  const labels = new Map(groups.flatMap((group) => group.options.map((o) => [o.value, o.label])))
  const chosenLabels = chosen.flatMap((value) => labels.get(value) ?? [])
  // The status line keeps up with the boxes only with JavaScript; without it, it is left out.
  const describedBy = [
    hint ? `${id}-hint` : null,
    error ? `${id}-error` : null,
    hasScript ? `${id}-status` : null,
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <fieldset
      ref={fieldset}
      className={`field fieldset picker${error ? ' field--error' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      onChange={readChosen}
    >
      <legend>{label}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      {hasScript ? (
        <div className="picker__filter">
          <label htmlFor={`${id}-filter`}>{filterLabel}</label>
          <input
            id={`${id}-filter`}
            type="search"
            className="input input--medium"
            value={filter}
            autoComplete="off"
            onChange={(event) => setFilter(event.target.value)}
            // Enter here would submit the whole profile.
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.preventDefault()
            }}
          />
        </div>
      ) : null}
      {hasScript ? (
        <p className="picker__status" id={`${id}-status`} aria-live="polite">
          {chosenLabels.length > 0
            ? `${count(chosenLabels.length, noun)} chosen: ${chosenLabels.join(', ')}.`
            : `No ${noun[1]} chosen yet.`}
          {needle ? ` ${count(shown.size, noun)} match “${filter.trim()}”.` : null}
        </p>
      ) : null}
      {groups.map((group) => {
        const visible = group.options.filter((option) => shown.has(option.value)).length
        const inGroup = group.options.filter((option) => chosen.includes(option.value)).length
        return (
          <details
            key={group.label}
            data-group={group.label}
            className="picker__group"
            open={needle ? true : open[group.label]}
            hidden={visible === 0}
            onToggle={(event) => {
              if (needle) return
              const isOpen = event.currentTarget.open
              setOpen((was) =>
                was[group.label] === isOpen ? was : { ...was, [group.label]: isOpen },
              )
            }}
          >
            <summary>
              {group.label}
              {inGroup > 0 ? <span className="picker__count"> ({inGroup} chosen)</span> : null}
            </summary>
            <div className="choices choices--3">
              {group.options.map((option) => {
                const optionId = `${id}-${option.value}`
                return (
                  <div className="choice" key={option.value} hidden={!shown.has(option.value)}>
                    <input
                      type="checkbox"
                      id={optionId}
                      name={name}
                      value={option.value}
                      defaultChecked={selected.includes(option.value)}
                    />
                    <label htmlFor={optionId}>{option.label}</label>
                  </div>
                )
              })}
            </div>
          </details>
        )
      })}
    </fieldset>
  )
}
