/**
 * A name as the duplicate check compares it: accents, case, punctuation, extra spaces and a
 * leading title ("Judge", "IJ", "Hon.") do not make two names different. "Hon. José  Pérez" and
 * "jose perez" are one adjudicator.
 */
export const nameKeyOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(?:(?:the )?(?:honorable|hon|judge|ij|immigration judge|officer|ao)\s+)+/, '')
    .trim()
    // Expanding accents can lengthen a name a little; the key keeps the name's limit.
    .slice(0, 200)

/** A readable, unique slug for an entry typed in a form. */
export const slugForTyped = (name: string): string => {
  const base = nameKeyOf(name).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '') || 'entry'
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  return `unconfirmed-${base}-${suffix}`
}
