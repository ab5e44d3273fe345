import type { Endpoint } from 'payload'

import { readJson, respond } from '@/lib/services/http'

import { shareCase } from '../services/shareCase'
import { unshareCase } from '../services/unshareCase'
import { withdrawInvitation } from '../services/withdrawInvitation'

/**
 * POST /api/cases/:id/share { email, attestation, invite? } → 200 { status: 'shared', email,
 * userId } or 202 { status: 'invited', … } (src/collections/Cases/services/shareCase.ts).
 */
export const shareCaseEndpoint: Endpoint = {
  path: '/:id/share',
  method: 'post',
  handler: async (req) => {
    const body = req.user ? await readJson(req) : {}
    return respond(
      await shareCase({
        req,
        caseId: req.routeParams?.id,
        email: body.email,
        attestation: body.attestation,
        invite: body.invite,
      }),
    )
  },
}

/** DELETE /api/cases/:id/share/:userId → { status: 'removed', userId } (services/unshareCase.ts). */
export const unshareCaseEndpoint: Endpoint = {
  path: '/:id/share/:userId',
  method: 'delete',
  handler: async (req) =>
    respond(
      await unshareCase({ req, caseId: req.routeParams?.id, userId: req.routeParams?.userId }),
    ),
}

/**
 * DELETE /api/cases/:id/invitations/:shareId → { status: 'withdrawn', shareId }
 * (services/withdrawInvitation.ts).
 */
export const cancelInvitationEndpoint: Endpoint = {
  path: '/:id/invitations/:shareId',
  method: 'delete',
  handler: async (req) =>
    respond(
      await withdrawInvitation({
        req,
        caseId: req.routeParams?.id,
        shareId: req.routeParams?.shareId,
      }),
    ),
}
