/**
 * Links from what experts typed. Only these shapes ever become an href: a plain address for
 * mailto:, digits for tel:, an http(s) URL for the website. Anything else shows as text.
 */
export const mailtoHref = (email: string | null) =>
  email && /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/.test(email.trim())
    ? `mailto:${email.trim()}`
    : null

export const telHref = (phone: string | null) => {
  if (!phone) return null
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '')
  return digits.replace(/\D/g, '').length >= 5 ? `tel:${digits}` : null
}

export const websiteHref = (website: string | null) => {
  const text = website?.trim()
  if (!text || /\s/.test(text)) return null
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null
  } catch {
    return null
  }
}
