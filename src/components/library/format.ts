/** Library dates are calendar days; shown the same wherever the server runs. */
export const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' })

export const isoDay = (iso: string) => new Date(iso).toISOString().slice(0, 10)

export const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`
