'use client'

import { useEffect, useState } from 'react'

import { formatCount } from '@/lib/limits'

import { countIdOf } from './countId'

/** From this share of the limit on, the count is also announced, once the person pauses. */
const NEAR_LIMIT = 0.9
const ANNOUNCE_AFTER_MS = 1200

const countText = (length: number, max: number) =>
  length > max
    ? `${formatCount(length)} of ${formatCount(max)} characters: ${formatCount(length - max)} too many`
    : `${formatCount(length)} of ${formatCount(max)} characters`

const announcementFor = (length: number, max: number) => {
  if (length > max)
    return `${formatCount(length - max)} characters over the limit of ${formatCount(max)}`
  if (length >= max * NEAR_LIMIT) return `${formatCount(max - length)} characters left`
  return ''
}

type Props = {
  /** The id of the input or textarea counted; it lists this count in its aria-describedby. */
  fieldId: string
  max: number
  /** The length of the text the field starts with, so the count is right before any script runs. */
  initialLength: number
}

/**
 * "1,234 of 5,000 characters" under a limited field, updated as the person types and marked when
 * over the limit. Nothing is ever cut: the server refuses a text over its limit and hands it back.
 * Screen readers hear the count with the field (aria-describedby); a polite live region speaks
 * only near or over the limit, after a pause in typing, never on every keystroke.
 */
export const CharacterCount = ({ fieldId, max, initialLength }: Props) => {
  const [length, setLength] = useState(initialLength)
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    const field = document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement | null
    if (!field) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // The browser may have restored a value (back button) or the server sent a new one.
    const frame = requestAnimationFrame(() => setLength(field.value.length))
    const onInput = () => {
      const next = field.value.length
      setLength(next)
      clearTimeout(timer)
      timer = setTimeout(() => setAnnouncement(announcementFor(next, max)), ANNOUNCE_AFTER_MS)
    }
    // A form reset (React resets a form after its action) changes the value without an input event.
    const onReset = () => setTimeout(() => setLength(field.value.length), 0)
    field.addEventListener('input', onInput)
    field.form?.addEventListener('reset', onReset)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      field.removeEventListener('input', onInput)
      field.form?.removeEventListener('reset', onReset)
    }
  }, [fieldId, max, initialLength])

  const isOver = length > max
  return (
    <>
      <p
        id={countIdOf(fieldId)}
        className={`character-count${isOver ? ' character-count--over' : ''}`}
      >
        {countText(length, max)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  )
}
