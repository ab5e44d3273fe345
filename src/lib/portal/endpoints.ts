import 'server-only'

import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import type { User } from '@/payload-types'

export type EndpointAnswer = {
  status: number
  body: { error?: string; message?: string; [key: string]: unknown }
}

/**
 * Runs a collection endpoint's own handler (the REST contract, e.g. POST /api/cases/:id/share) for
 * the signed-in viewer from a server action, without an HTTP round trip and without repeating its
 * rules: the handler checks the caller, logs the change and queues its email itself.
 */
export const callEndpoint = async ({
  payload,
  user,
  endpoint,
  routeParams,
  body,
}: {
  payload: Payload
  user: User
  endpoint: Endpoint
  routeParams: Record<string, string>
  body?: Record<string, unknown>
}): Promise<EndpointAnswer> => {
  const req = await createLocalReq(
    {
      user: { ...user, collection: 'users' },
      req: {
        routeParams,
        data: body,
        json: async () => body ?? {},
      } as unknown as Partial<PayloadRequest>,
    },
    payload,
  )
  const response = await endpoint.handler(req)
  const text = await response.text()
  let parsed: EndpointAnswer['body'] = {}
  try {
    parsed = text ? (JSON.parse(text) as EndpointAnswer['body']) : {}
  } catch {
    parsed = { message: text }
  }
  return { status: response.status, body: parsed }
}
