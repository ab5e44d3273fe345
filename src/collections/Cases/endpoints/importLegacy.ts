import type { Endpoint } from 'payload'

import { isStaffUser } from '@/lib/roles'
import { problem, respond } from '@/lib/services/http'

import { legacyImportLimits } from '../options'
import { importLegacyCases, type ImportMode } from '../services/importLegacyCases'

/** Room for the multipart envelope around the file. */
const envelopeBytes = 64 * 1024

/**
 * POST /api/cases/import-legacy (multipart: `file`, `mode` = check | import) → the import report
 * (src/collections/Cases/services/importLegacyCases.ts): staff only. The body is read only for a
 * signed-in staff member, and only when it is not larger than the file limit allows.
 */
export const importLegacyCasesEndpoint: Endpoint = {
  path: '/import-legacy',
  method: 'post',
  handler: async (req) => {
    const isStaffRequest = isStaffUser(req.user)
    if (!isStaffRequest) return respond(await importLegacyCases({ req, file: null, mode: 'check' }))
    const declared = Number(req.headers.get('content-length') ?? 0)
    if (declared > legacyImportLimits.fileBytes + envelopeBytes) {
      return problem(
        413,
        'too-large',
        `The file is larger than ${legacyImportLimits.fileBytes / 1024 / 1024} MB. Split it into smaller files.`,
      )
    }
    let form: FormData | null = null
    try {
      form = req.formData ? await req.formData() : null
    } catch {
      form = null
    }
    const upload = form?.get('file')
    const mode: ImportMode = form?.get('mode') === 'import' ? 'import' : 'check'
    const file =
      upload && typeof upload === 'object' && 'arrayBuffer' in upload
        ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) }
        : null
    return respond(await importLegacyCases({ req, file, mode }))
  },
}
