'use client'

import { useState } from 'react'

import { vocabularyLimits } from '@/collections/Vocabularies/options'
import {
  adjudicatorGroupsFor,
  notListedAdjudicatorOption,
  notListedAdjudicatorValue,
  notListedCourtOptions,
  typedCourtKind,
} from '@/lib/portal/court-choice'
import type { fieldsFrom } from '@/lib/portal/form-state'
import type { OptionGroup } from '@/lib/portal/options'

import { SelectField, TextField } from './Fields'
import { useHasScript } from './useHasScript'

type Props = {
  field: ReturnType<typeof fieldsFrom>
  courts: OptionGroup[]
  adjudicators: OptionGroup[]
  adjudicatorLabel: string
}

/** A value from the server that resets the local choice when the server answers anew. */
const useAnswer = (fromServer: string) => {
  const [answer, setAnswer] = useState(fromServer)
  const [seen, setSeen] = useState(fromServer)
  if (seen !== fromServer) {
    setSeen(fromServer)
    setAnswer(fromServer)
  }
  return [answer, setAnswer] as const
}

/**
 * The court (or asylum office) and the adjudicator, each from the list or "not listed: type the
 * name". Without JavaScript every adjudicator is offered, grouped by court, and both name boxes
 * are shown; with it, the adjudicators are those of the chosen court and a name box appears when
 * "not listed" is chosen. The server checks the same rules (src/lib/portal/court-choice.ts).
 */
export const CourtAndAdjudicatorFields = ({
  field,
  courts,
  adjudicators,
  adjudicatorLabel,
}: Props) => {
  const hasScript = useHasScript()
  const [court, setCourt] = useAnswer(field.text('court').defaultValue)
  const [adjudicator, setAdjudicator] = useAnswer(field.text('adjudicator').defaultValue)
  const isTypedCourt = typedCourtKind(court) !== null
  const groups = hasScript ? adjudicatorGroupsFor(adjudicators, court) : adjudicators
  const showCourtName = !hasScript || isTypedCourt || Boolean(field.text('courtName').error)
  const showAdjudicatorName =
    !hasScript ||
    adjudicator === notListedAdjudicatorValue ||
    Boolean(field.text('adjudicatorName').error)
  const adjudicatorHint = !hasScript
    ? 'Grouped by court. Not in the list? Type the name below.'
    : !court
      ? 'Choose the court or asylum office first to see its adjudicators.'
      : isTypedCourt || groups.length === 0
        ? 'None listed for this court yet: choose “Not listed” to type the name.'
        : 'The adjudicators of the chosen court. Not in the list? Choose “Not listed”.'
  return (
    <>
      <SelectField
        {...field.text('court')}
        label="Immigration court or asylum office"
        isOptional
        options={[...courts, notListedCourtOptions]}
        placeholder="Not known or not applicable"
        onChange={(event) => setCourt(event.target.value)}
      />
      {showCourtName ? (
        <TextField
          {...field.text('courtName')}
          label={
            hasScript
              ? 'Name of the court or asylum office'
              : 'Court or asylum office not listed? Its name'
          }
          hint="Program staff check names typed here."
          isOptional={!hasScript}
          limit={vocabularyLimits.name}
          width="medium"
        />
      ) : null}
      <SelectField
        {...field.text('adjudicator')}
        label={adjudicatorLabel}
        hint={adjudicatorHint}
        isOptional
        options={[...groups, { label: 'Not listed', options: [notListedAdjudicatorOption] }]}
        placeholder="Not known"
        onChange={(event) => setAdjudicator(event.target.value)}
      />
      {showAdjudicatorName ? (
        <TextField
          {...field.text('adjudicatorName')}
          label={hasScript ? 'Adjudicator’s name' : 'Adjudicator not listed? Their name'}
          hint="For example: Jane Doe. Program staff check names typed here."
          isOptional={!hasScript}
          limit={vocabularyLimits.name}
          width="medium"
        />
      ) : null}
    </>
  )
}
