'use client'

import type { ChangeEvent } from 'react'
import { useState } from 'react'

/**
 * Checks a chosen file against the largest upload the form can send, before it is sent: a larger
 * request would be refused without an answer the form could show. Clears the choice when too big.
 */
export const useFileSizeCheck = ({ maxBytes, label }: { maxBytes: number; label: string }) => {
  const [error, setError] = useState<string | undefined>()
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file && file.size > maxBytes) {
      setError(
        `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; ${label} can be at most ${(maxBytes / 1024 / 1024).toFixed(1)} MB. Choose a smaller file, or send the form without it and program staff will collect it.`,
      )
      event.target.value = ''
    } else {
      setError(undefined)
    }
  }
  return { sizeError: error, onFileChange: onChange }
}
