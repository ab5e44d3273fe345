import { uploadLimits } from './limits'

/** One file type a collection accepts, identified by its bytes, not by its name or declared type. */
export type AllowedFileType = {
  /** The MIME type file-type reports for the bytes; also what is stored and served. */
  mime: string
  /** Extensions a file of this type may be named with; the first is the one stored. */
  extensions: readonly string[]
  /** How people call it, for error messages. */
  label: string
  maxBytes: number
}

export type UploadPolicy = {
  types: readonly AllowedFileType[]
  /** Images only: the most pixels (width × height × frames) an upload may decode to. */
  maxPixels?: number
}

const jpeg: AllowedFileType = {
  mime: 'image/jpeg',
  extensions: ['jpg', 'jpeg'],
  label: 'JPEG image',
  maxBytes: uploadLimits.imageBytes,
}
const png: AllowedFileType = {
  mime: 'image/png',
  extensions: ['png'],
  label: 'PNG image',
  maxBytes: uploadLimits.imageBytes,
}
const webp: AllowedFileType = {
  mime: 'image/webp',
  extensions: ['webp'],
  label: 'WebP image',
  maxBytes: uploadLimits.imageBytes,
}
const pdf = (maxBytes: number): AllowedFileType => ({
  mime: 'application/pdf',
  extensions: ['pdf'],
  label: 'PDF',
  maxBytes,
})
const docx: AllowedFileType = {
  mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
  label: 'Word document (.docx)',
  maxBytes: uploadLimits.documentBytes,
}
const mp4: AllowedFileType = {
  mime: 'video/mp4',
  extensions: ['mp4'],
  label: 'MP4 video',
  maxBytes: uploadLimits.videoBytes,
}

/** What each upload collection accepts. Nothing text-based (HTML, XML, SVG, scripts) ever is. */
export const uploadPolicies = {
  media: { types: [jpeg, png, webp], maxPixels: uploadLimits.imagePixels },
  resourceFiles: { types: [pdf(uploadLimits.documentBytes), docx, mp4] },
  decisionDocuments: { types: [pdf(uploadLimits.decisionBytes)] },
  expertDocuments: { types: [pdf(uploadLimits.decisionBytes), docx] },
} as const satisfies Record<string, UploadPolicy>

export const allowedTypesSentence = (policy: UploadPolicy) =>
  `Allowed: ${policy.types.map((type) => type.label).join(', ')}.`
