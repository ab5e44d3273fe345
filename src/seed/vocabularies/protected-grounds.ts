/** The five grounds of the refugee definition, INA § 101(a)(42)(A). */
export type ProtectedGroundTerm = {
  slug: string
  name: string
}

export const protectedGrounds = [
  { slug: 'race', name: 'Race' },
  { slug: 'religion', name: 'Religion' },
  { slug: 'nationality', name: 'Nationality' },
  { slug: 'particular-social-group', name: 'Membership in a particular social group' },
  { slug: 'political-opinion', name: 'Political opinion' },
] as const satisfies readonly ProtectedGroundTerm[]

export type ProtectedGroundSlug = (typeof protectedGrounds)[number]['slug']
