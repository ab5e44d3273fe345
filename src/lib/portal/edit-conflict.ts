import type { FieldValues } from './form-state'

/**
 * Edits that carry the version they were made on. A portal form sends the version it loaded
 * (`updatedAt`) and the answers as they were then (the baseline); when someone else saved in
 * between, the server refuses the write (409), and the form comes back with the other person's
 * changes listed and merged in, and every answer the person changed kept, so saving again applies
 * their edit without retyping it. Shared by server actions and client forms: no server-only code.
 */

/** One answer as a person reads it, and the form fields it is made of. */
export type SummaryRow = { label: string; value: string; fields: readonly string[] }

export type ConflictChange = {
  label: string
  /** What is stored now, saved by the other person. */
  saved: string
  /** What this person had in the form; kept, and saved if they save again. */
  yours: string
  /** Both changed this answer: saving again replaces the other person's answer with yours. */
  bothChanged: boolean
}

export type EditConflict = { changes: ConflictChange[] }

export type VersionedState = {
  /** The `updatedAt` the form's answers were loaded from; sent back with every save. */
  version?: string
  /** The answers as loaded, so a conflict can tell the person's changes from the other person's. */
  baseline?: FieldValues
  conflict?: EditConflict
}

export const versionFieldName = 'version'
export const baselineFieldName = 'baseline'

const isFieldValues = (value: unknown): value is FieldValues =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every(
    (item) =>
      typeof item === 'string' ||
      (Array.isArray(item) && item.every((entry) => typeof entry === 'string')),
  )

/** The version and baseline a form sent (hidden fields), or nothing when it sent none. */
export const readVersioned = (
  formData: FormData,
  fieldNames: readonly string[],
): { version?: string; baseline?: FieldValues } => {
  const version = formData.get(versionFieldName)
  const rawBaseline = formData.get(baselineFieldName)
  let baseline: FieldValues | undefined
  if (typeof rawBaseline === 'string' && rawBaseline.length > 0) {
    try {
      const parsed: unknown = JSON.parse(rawBaseline)
      if (isFieldValues(parsed)) {
        baseline = Object.fromEntries(
          fieldNames.filter((name) => name in parsed).map((name) => [name, parsed[name]]),
        )
      }
    } catch {
      baseline = undefined
    }
  }
  return {
    version: typeof version === 'string' && version.length > 0 ? version : undefined,
    baseline,
  }
}

const same = (a: SummaryRow | undefined, b: SummaryRow | undefined) =>
  (a?.value ?? '') === (b?.value ?? '')

/**
 * After a refused save: for each answer, the other person's change is taken where this person did
 * not touch it, and this person's answer is kept wherever they changed it. Answers are compared as
 * people read them (`summarize`), so a reordering that reads the same is no change. Without a
 * baseline every differing answer counts as changed by both, and the person's answers are kept.
 */
export const resolveConflict = ({
  baseline,
  saved,
  yours,
  summarize,
}: {
  baseline?: FieldValues
  saved: FieldValues
  yours: FieldValues
  summarize: (values: FieldValues) => SummaryRow[]
}): { values: FieldValues; conflict: EditConflict } => {
  const savedRows = summarize(saved)
  const yourRows = summarize(yours)
  const baseRows = baseline ? summarize(baseline) : null
  const values: FieldValues = { ...yours }
  const changes: ConflictChange[] = []
  savedRows.forEach((savedRow, index) => {
    const yourRow = yourRows[index]
    const baseRow = baseRows?.[index]
    const theyChanged = baseRows ? !same(savedRow, baseRow) : !same(savedRow, yourRow)
    if (!theyChanged) return
    const youChanged = baseRows ? !same(yourRow, baseRow) : true
    if (youChanged && same(yourRow, savedRow)) return
    if (!youChanged) {
      for (const field of savedRow.fields) values[field] = saved[field] ?? ''
    }
    changes.push({
      label: savedRow.label,
      saved: savedRow.value,
      yours: yourRow?.value ?? '',
      bothChanged: youChanged,
    })
  })
  return { values, conflict: { changes } }
}
