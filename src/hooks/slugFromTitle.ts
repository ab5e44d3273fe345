import type { CollectionSlug, FieldHook } from 'payload'

const MAX_LENGTH = 200

/** "Asylum clinic: new dates (2027)" → "asylum-clinic-new-dates-2027"; accents folded. */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH - 4)
    .replace(/-+$/g, '')

/**
 * Fills an empty slug from the title, adding -2, -3… when another document has it, so staff can
 * publish without typing one (and a clash with another item never surfaces as a bare 400). A slug
 * staff typed is kept as typed: the field's own validation explains what is wrong with it.
 */
export const slugFromTitle: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  const base = slugify(typeof data?.title === 'string' ? data.title : '')
  if (!base || !collection) return value
  const { docs } = await req.payload.find({
    collection: collection.slug as CollectionSlug,
    where: { or: [{ slug: { equals: base } }, { slug: { like: `${base}-` } }] },
    depth: 0,
    limit: 1000,
    pagination: false,
    select: { slug: true } as never,
    // A uniqueness check over every item, drafts included, whatever the editor may list.
    overrideAccess: true,
    req,
  })
  const rows = docs as unknown as { id: number; slug?: string }[]
  const taken = new Set(rows.filter((doc) => doc.id !== originalDoc?.id).map((doc) => doc.slug))
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n += 1
  return `${base}-${n}`
}
