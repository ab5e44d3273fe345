import type { UploadConfig } from 'payload'

type ModifyResponseHeaders = NonNullable<UploadConfig['modifyResponseHeaders']>

/**
 * Headers for files that are not public, on Payload's file route: always a download, never
 * rendered, sniffed, framed or cached, and not loadable by other sites.
 */
export const privateFileResponseHeaders: ModifyResponseHeaders = ({ headers }) => {
  headers.set('Content-Disposition', 'attachment')
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Cache-Control', 'private, no-store')
  headers.set('Content-Security-Policy', "sandbox; default-src 'none'")
  headers.set('Cross-Origin-Resource-Policy', 'same-origin')
  return headers
}

/** Public images: served for <img> anywhere, but never sniffed into something else or run. */
export const publicFileResponseHeaders: ModifyResponseHeaders = ({ headers }) => {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', "sandbox; default-src 'none'")
  return headers
}
