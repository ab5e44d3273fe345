import 'server-only'

import { uploadLimits } from '@/lib/uploads/limits'

const MB = 1024 * 1024

/**
 * The largest request body a server action accepts: `experimental.serverActions.bodySizeLimit` in
 * next.config.ts ('51mb'). Keep the two equal; the portal's upload forms
 * check files against the smaller of this and the collection's own limit before sending them.
 */
export const serverActionBodyLimitBytes = 51 * MB

/** Leaves room for the rest of the form in the same request. */
const formOverheadBytes = 64 * 1024

export const portalUploadLimits = {
  decisionBytes: Math.min(
    uploadLimits.decisionBytes,
    serverActionBodyLimitBytes - formOverheadBytes,
  ),
  resourceBytes: Math.min(
    uploadLimits.documentBytes,
    serverActionBodyLimitBytes - formOverheadBytes,
  ),
}

export const megabytes = (bytes: number) => Math.round((bytes / MB) * 10) / 10
