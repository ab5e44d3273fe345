/** Choices offered by the portal's forms, passed from server pages to client forms as props. */
export type Option = { value: string; label: string; hint?: string }
export type OptionGroup = {
  label: string
  options: Option[]
  /** The court a group of adjudicators sits at (its id), for filtering by the chosen court. */
  courtId?: string
}

export type IntakeOptions = {
  countries: OptionGroup[]
  persecutionTypes: Option[]
  protectedGrounds: Option[]
  reliefTypes: Option[]
  proceduralStages: Option[]
  courts: OptionGroup[]
  adjudicators: OptionGroup[]
}

export type OutcomeOptions = {
  proceduralStages: Option[]
  courts: OptionGroup[]
  adjudicators: OptionGroup[]
  reliefTypes: Option[]
  experts: Option[]
}

export const labelOf = (options: Option[] | OptionGroup[], value: string): string => {
  for (const entry of options) {
    if ('options' in entry) {
      const found = entry.options.find((o) => o.value === value)
      if (found) return found.label
    } else if (entry.value === value) {
      return entry.label
    }
  }
  return value
}

export const flatten = (groups: OptionGroup[]): Option[] => groups.flatMap((g) => g.options)

export const hasValue = (options: Option[] | OptionGroup[], value: string): boolean =>
  options.some((entry) =>
    'options' in entry ? entry.options.some((o) => o.value === value) : entry.value === value,
  )
