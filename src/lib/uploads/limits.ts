import path from 'node:path'

import type { Config } from 'payload'

import { dataDir } from '@/lib/env'

const MB = 1024 * 1024

/**
 * Every upload ceiling in one place. Per-type byte limits are enforced by the upload hook with a
 * 413; the parser limit below is the outer wall and must be at least the largest of them.
 */
export const uploadLimits = {
  /** News and site images: large enough for a full-resolution photo, small enough to resize fast. */
  imageBytes: 10 * MB,
  /** 40 megapixels covers any camera in use; decompression bombs are far larger. */
  imagePixels: 40_000_000,
  /** Scanned decisions run to a few hundred pages at most. */
  decisionBytes: 25 * MB,
  /** Country-conditions reports and sample briefs. */
  documentBytes: 50 * MB,
  /** Recorded webinars and trainings. */
  videoBytes: 250 * MB,
} as const

/** The largest upload any collection accepts; the multipart parser refuses anything bigger. */
export const maxUploadBytes = Math.max(
  uploadLimits.imageBytes,
  uploadLimits.decisionBytes,
  uploadLimits.documentBytes,
  uploadLimits.videoBytes,
)

/**
 * Payload's multipart parser options (`upload` in payload.config.ts). 3.90 already answers 413
 * rather than truncating (`abortOnLimit` defaults to true) but caps files at 20 MB; these pin the
 * abort, raise the ceiling to what the collections need, and spool files to disk instead of memory
 * so a video upload does not hold hundreds of megabytes in the server's heap.
 */
export const uploadParserOptions: NonNullable<Config['upload']> = {
  abortOnLimit: true,
  responseOnLimit: `This file is larger than the largest upload the TA Library accepts (${maxUploadBytes / MB} MB).`,
  limits: { fileSize: maxUploadBytes },
  // The file plus the small JSON `_payload` field and multipart framing.
  requestSizeLimit: maxUploadBytes + MB,
  useTempFiles: true,
  tempFileDir: path.join(dataDir, 'tmp', 'uploads'),
}
