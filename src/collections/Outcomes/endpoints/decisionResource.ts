import type { Endpoint } from 'payload'

import { uploadedFile } from '@/lib/uploads/store'
import { respond } from '@/lib/services/http'

import { makeDecisionResource } from '../services/makeDecisionResource'

/** The multipart form's fields; a body that is not a form is read as empty (and refused). */
const readForm = async (request: Request): Promise<FormData> => {
  try {
    return await request.formData()
  } catch {
    return new FormData()
  }
}

/**
 * POST /api/outcomes/:id/decision-resource (multipart: `file`, `title`, `confirmRedacted`) →
 * 201 `{ resourceId, resourceFileId }`: staff only (services/makeDecisionResource.ts).
 */
export const decisionResourceEndpoint: Endpoint = {
  path: '/:id/decision-resource',
  method: 'post',
  handler: async (req) => {
    const form = req.user ? await readForm(req as unknown as Request) : new FormData()
    return respond(
      await makeDecisionResource({
        req,
        outcomeId: req.routeParams?.id,
        redactedFile: uploadedFile(form, 'file'),
        title: form.get('title'),
        confirmRedacted: form.get('confirmRedacted'),
      }),
    )
  },
}
