/**
 * The id of a relationship value, whether Payload returned it as an id or as the populated
 * document; null when there is none. The one reader of relationship ids in the app.
 */
export const idOf = (value: unknown): number | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null
  if (typeof value === 'string') return /^\d{1,15}$/.test(value) ? Number(value) : null
  if (typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}
