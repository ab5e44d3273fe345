/**
 * Length and count limits in plain words. The collections enforce each limit (their options.ts
 * files declare it once), the server actions refuse early with the same message, and the portal's
 * character counts show it. Pure, so server and client code share it.
 */

export const formatCount = (value: number) => value.toLocaleString('en-US')

/** "Facts is 29,000 characters; the limit is 5,000. Shorten it and save again." */
export const tooLongMessage = ({
  label,
  length,
  max,
}: {
  label: string
  length: number
  max: number
}) =>
  `${label} is ${formatCount(length)} characters; the limit is ${formatCount(max)}. Shorten it and save again.`

/** "Deadlines has 21 entries; the limit is 20. Remove some and save again." */
export const tooManyMessage = ({
  label,
  count,
  max,
}: {
  label: string
  count: number
  max: number
}) =>
  `${label} has ${formatCount(count)} entries; the limit is ${formatCount(max)}. Remove some and save again.`

export type LengthCheck = {
  /** The form field the message belongs to. */
  name: string
  /** The field's label as the person sees it. */
  label: string
  value: string
  max: number
}

/** One refusal per answer over its limit, keyed by field name (nothing is shortened). */
export const lengthErrors = (checks: LengthCheck[]): Record<string, string> =>
  Object.fromEntries(
    checks
      .filter((check) => check.value.length > check.max)
      .map((check) => [
        check.name,
        tooLongMessage({ label: check.label, length: check.value.length, max: check.max }),
      ]),
  )
