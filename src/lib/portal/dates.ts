/**
 * Dates the portal asks for are calendar days (a hearing on 12 March). They are stored at noon UTC,
 * so the same day shows in every US time zone, and always displayed in UTC.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** 'YYYY-MM-DD' from a date input, checked to be a real day; null otherwise. */
export const parseDay = (value: string): string | null => {
  const match = DAY.exec(value)
  if (!match) return null
  const [, y, m, d] = match
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12))
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null
  if (Number(y) < 1990 || Number(y) > 2100) return null
  return date.toISOString()
}

/** The stored timestamp back to 'YYYY-MM-DD' for a date input. */
export const toDayInput = (value: string | null | undefined): string =>
  value ? new Date(value).toISOString().slice(0, 10) : ''

export const formatDay = (value: string | null | undefined): string =>
  value ? new Date(value).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' }) : ''

/** Today as 'YYYY-MM-DD' (UTC), to compare with calendar days. */
export const todayDay = () => new Date().toISOString().slice(0, 10)

type Deadlines = {
  nextHearingDate?: string | null
  deadlines?: { label: string; date: string }[] | null
}

/** The earliest deadline from today on: the next hearing or one of the other deadlines. */
export const nextDeadline = (
  theCase: Deadlines,
  today: string = todayDay(),
): { label: string; date: string } | null => {
  const candidates = [
    ...(theCase.nextHearingDate ? [{ label: 'Hearing', date: theCase.nextHearingDate }] : []),
    ...(theCase.deadlines ?? []).map((d) => ({ label: d.label, date: d.date })),
  ].filter((d) => toDayInput(d.date) >= today)
  candidates.sort((a, b) => a.date.localeCompare(b.date))
  return candidates[0] ?? null
}
