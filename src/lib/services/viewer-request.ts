import 'server-only'

import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import type { User } from '@/payload-types'

/**
 * The request a server action hands to a domain service: the signed-in viewer as `req.user`, so
 * every Local API call the service makes with `overrideAccess: false` is checked as that person.
 */
export const viewerRequest = (payload: Payload, user: User | null): Promise<PayloadRequest> =>
  createLocalReq(user ? { user: { ...user, collection: 'users' } } : {}, payload)
