/**
 * The court (or asylum office) and adjudicator questions the intake and the outcome form share:
 * a listed entry, or "Not listed: type the name", which stores an unconfirmed entry that staff
 * confirm or merge (src/collections/Vocabularies/services/addUnlisted.ts). Pure rules, shared by
 * the server actions and the client forms.
 */
import type {
  AdjudicatorAnswer,
  CourtAnswer,
} from '@/collections/Vocabularies/services/addUnlisted'
import type { CourtKindValue } from '@/collections/Vocabularies/options'
import { courtKinds, vocabularyLimits } from '@/collections/Vocabularies/options'
import { lengthErrors } from '@/lib/limits'

import type { FieldValues } from './form-state'
import { valueOf } from './form-state'
import type { Option, OptionGroup } from './options'
import { hasValue, labelOf } from './options'

export const courtChoiceFields = ['court', 'courtName', 'adjudicator', 'adjudicatorName'] as const

/** The court select's value for "not listed": one per kind, so a typed court has its kind. */
export const notListedCourtValue = (kind: CourtKindValue) => `new:${kind}`
export const notListedAdjudicatorValue = 'new'

export const notListedCourtOptions: OptionGroup = {
  label: 'Not listed',
  options: courtKinds.map((kind) => ({
    value: notListedCourtValue(kind.value),
    label: `${kind.label} not listed: type its name`,
  })),
}

export const notListedAdjudicatorOption: Option = {
  value: notListedAdjudicatorValue,
  label: 'Not listed: type the name',
}

/** The kind of court typed with "not listed", or null for a listed court or none. */
export const typedCourtKind = (value: string): CourtKindValue | null =>
  courtKinds.find((kind) => notListedCourtValue(kind.value) === value)?.value ?? null

const adjudicatorValueOf = (values: FieldValues) => {
  const chosen = valueOf(values, 'adjudicator')
  // Without JavaScript the name box is always there: a name typed with nothing chosen is meant.
  return !chosen && valueOf(values, 'adjudicatorName') ? notListedAdjudicatorValue : chosen
}

/**
 * The adjudicator groups to offer once a court is chosen: that court's adjudicators only; none
 * for a court typed as not listed (its judges are typed too); every group when no court is chosen.
 */
export const adjudicatorGroupsFor = (groups: OptionGroup[], court: string): OptionGroup[] => {
  if (!court) return groups
  if (typedCourtKind(court)) return []
  return groups.filter((group) => group.courtId === court)
}

/** What to fix in the court and adjudicator answers, keyed by field name. */
export const validateCourtChoice = ({
  values,
  courts,
  adjudicators,
}: {
  values: FieldValues
  courts: OptionGroup[]
  adjudicators: OptionGroup[]
}): Record<string, string> => {
  const errors: Record<string, string> = {}
  const court = valueOf(values, 'court')
  const courtName = valueOf(values, 'courtName')
  const adjudicator = adjudicatorValueOf(values)
  const adjudicatorName = valueOf(values, 'adjudicatorName')
  const isTypedCourt = typedCourtKind(court) !== null
  if (isTypedCourt) {
    if (!courtName) errors.courtName = 'Type the name of the court or asylum office.'
  } else if (court && !hasValue(courts, court)) {
    errors.court = 'Choose a court or asylum office from the list, or leave it empty.'
  } else if (!court && courtName) {
    errors.court =
      'To add the court you typed, choose “Immigration court not listed” or “Asylum office not listed”.'
  }
  if (adjudicator === notListedAdjudicatorValue) {
    if (!adjudicatorName) errors.adjudicatorName = 'Type the adjudicator’s name.'
    if (!court)
      errors.adjudicator =
        'Choose the court or asylum office first: a typed name is recorded with its court.'
  } else if (adjudicator) {
    if (!hasValue(adjudicators, adjudicator)) {
      errors.adjudicator = 'Choose an adjudicator from the list, or leave it empty.'
    } else if (court && !hasValue(adjudicatorGroupsFor(adjudicators, court), adjudicator)) {
      errors.adjudicator = `Choose an adjudicator of ${isTypedCourt ? 'the court you typed' : labelOf(courts, court)}, or “Not listed” to type the name.`
    }
  }
  Object.assign(
    errors,
    lengthErrors([
      ...(isTypedCourt
        ? [
            {
              name: 'courtName',
              label: 'Name of the court or asylum office',
              value: courtName,
              max: vocabularyLimits.name,
            },
          ]
        : []),
      ...(adjudicator === notListedAdjudicatorValue
        ? [
            {
              name: 'adjudicatorName',
              label: 'Adjudicator’s name',
              value: adjudicatorName,
              max: vocabularyLimits.name,
            },
          ]
        : []),
    ]),
  )
  return errors
}

/** The validated court answer, for the service that stores it. */
export const courtAnswerOf = (values: FieldValues): CourtAnswer => {
  const court = valueOf(values, 'court')
  const kind = typedCourtKind(court)
  if (kind) return { kind, name: valueOf(values, 'courtName') }
  return court ? { id: Number(court) } : null
}

/** The validated adjudicator answer, for the service that stores it. */
export const adjudicatorAnswerOf = (values: FieldValues): AdjudicatorAnswer => {
  const adjudicator = adjudicatorValueOf(values)
  if (adjudicator === notListedAdjudicatorValue) return { name: valueOf(values, 'adjudicatorName') }
  return adjudicator ? { id: Number(adjudicator) } : null
}

/** The answers as a person reads them (the review step, edit conflicts). */
export const courtChoiceLabels = ({
  values,
  courts,
  adjudicators,
}: {
  values: FieldValues
  courts: OptionGroup[]
  adjudicators: OptionGroup[]
}): { court: string; adjudicator: string } => {
  const court = valueOf(values, 'court')
  const adjudicator = adjudicatorValueOf(values)
  return {
    court: typedCourtKind(court)
      ? `${valueOf(values, 'courtName')} (not listed: staff will confirm it)`
      : court
        ? labelOf(courts, court)
        : '',
    adjudicator:
      adjudicator === notListedAdjudicatorValue
        ? `${valueOf(values, 'adjudicatorName')} (not listed: staff will confirm it)`
        : adjudicator
          ? labelOf(adjudicators, adjudicator)
          : '',
  }
}
