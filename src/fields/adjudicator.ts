import type { FilterOptions, RelationshipField } from 'payload'

import { slugs } from '@/collections/slugs'
import { idOf } from '@/lib/ids'

import { tagsField } from './tags'

/**
 * Only adjudicators of the record's court, once it names one: the admin panel offers those, and a
 * save naming a judge of another court is refused, as the portal's forms refuse it.
 */
const ofTheCourt: FilterOptions = ({ data }) => {
  const court = idOf((data as { court?: unknown } | undefined)?.court)
  return court === null ? true : { court: { equals: court } }
}

/** The adjudicator of a case or an outcome: an entry of the adjudicators vocabulary at its court. */
export const adjudicatorField = (): RelationshipField => ({
  ...tagsField({
    name: 'adjudicator',
    relationTo: slugs.adjudicators,
    hasMany: false,
    description: 'Judges of the chosen court. Unconfirmed entries were typed by an advocate.',
  }),
  filterOptions: ofTheCourt,
})
