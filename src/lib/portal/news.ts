import type { Payload } from 'payload'

import type { User } from '@/payload-types'

/** The newest published Program News items the viewer may read (the collection's access decides). */
export const listNews = ({
  payload,
  user,
  limit,
}: {
  payload: Payload
  user: User | null
  limit: number
}) =>
  payload.find({
    collection: 'program-news',
    user,
    overrideAccess: false,
    depth: 0,
    limit,
    sort: '-publishedAt',
    select: { title: true, slug: true, publishedAt: true, summary: true },
  })
