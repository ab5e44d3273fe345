/** Every collection slug, once. These are the public REST contract (SPEC §2). */
export const slugs = {
  users: 'users',
  organizations: 'organizations',
  resources: 'resources',
  programNews: 'program-news',
} as const

export type CollectionSlug = (typeof slugs)[keyof typeof slugs]
