import type { UploadConfig } from 'payload'

import { privateFileResponseHeaders, publicFileResponseHeaders } from './headers'
import type { UploadPolicy } from './policies'

export { enforceUploadPolicy } from './hooks'
export { originalNameField } from './originalName'
export { uploadPolicies } from './policies'

/**
 * The upload settings every upload collection shares: the policy's types as Payload's own
 * allow-list (checked against the bytes a second time), no fetching from URLs, security headers on
 * the file route and, for images, sharp's own pixel ceiling as a backstop to the hook's check.
 */
export const hardenedUpload = ({
  policy,
  staticDir,
  isPublic,
}: {
  policy: UploadPolicy
  staticDir: string
  isPublic: boolean
}): UploadConfig => ({
  staticDir,
  mimeTypes: policy.types.map((type) => type.mime),
  allowRestrictedFileTypes: false,
  pasteURL: false,
  modifyResponseHeaders: isPublic ? publicFileResponseHeaders : privateFileResponseHeaders,
  ...(policy.maxPixels === undefined
    ? {}
    : { constructorOptions: { limitInputPixels: policy.maxPixels } }),
})
