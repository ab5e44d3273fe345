'use client'

import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useState } from 'react'

import { isStaffUser } from '@/lib/roles'
import type { User } from '@/payload-types'

import { buttonClass, buttonStyle, ConfirmStep, labelStyle, StatusLine, type Status } from './Panel'

type Entry = { id: number; label: string; isSameCourt: boolean; hasCourt: boolean }
type Listed = {
  id: number
  name: string
  verified?: boolean | null
  court?: { id: number; name?: string } | number | null
}

const courtIdOf = (court: Listed['court']) =>
  typeof court === 'object' && court ? court.id : (court ?? null)

/** The other entries of the collection, confirmed ones first, with the court of adjudicators. */
const loadEntries = async (
  collection: string,
  id: number | string,
): Promise<{ entries: Entry[]; own: Listed | null }> => {
  const query = new URLSearchParams({
    pagination: 'false',
    depth: '1',
    sort: 'name',
    'select[name]': 'true',
    'select[verified]': 'true',
    ...(collection === 'adjudicators'
      ? { 'select[court]': 'true', 'populate[courts][name]': 'true' }
      : {}),
  })
  const response = await fetch(`/api/${collection}?${query}`, { credentials: 'include' })
  if (!response.ok) throw new Error('not loaded')
  const { docs } = (await response.json()) as { docs: Listed[] }
  const own = docs.find((doc) => String(doc.id) === String(id)) ?? null
  const ownCourt = own ? courtIdOf(own.court) : null
  const entries = docs
    .filter((doc) => String(doc.id) !== String(id))
    .map((doc) => {
      const courtName = typeof doc.court === 'object' && doc.court ? doc.court.name : null
      const unconfirmed = doc.verified === false ? ' (unconfirmed)' : ''
      return {
        id: doc.id,
        label: `${doc.name}${courtName ? ` — ${courtName}` : ''}${unconfirmed}`,
        isSameCourt: ownCourt !== null && courtIdOf(doc.court) === ownCourt,
        hasCourt: courtIdOf(doc.court) !== null,
      }
    })
  return { entries, own }
}

/**
 * "Merge into…" on a court's or adjudicator's edit view, for staff: choose the entry this one
 * duplicates, confirm, and POST /api/{collection}/:id/merge (services/mergeEntry.ts) moves every
 * case, outcome and other reference to it and deletes this one. Then the target opens.
 */
export const MergeEntryPanel = ({ collection }: { collection: 'courts' | 'adjudicators' }) => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const router = useRouter()
  const baseId = useId()
  const [entries, setEntries] = useState<Entry[] | null>(null)
  const [ownName, setOwnName] = useState('')
  const [ownCourt, setOwnCourt] = useState<number | null>(null)
  const [into, setInto] = useState('')
  const [isConfirming, setIsConfirming] = useState(false)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const isAllowed = Boolean(id) && isStaffUser(user)

  useEffect(() => {
    if (!isAllowed || !id) return
    let isCurrent = true
    loadEntries(collection, id)
      .then(({ entries: loaded, own }) => {
        if (!isCurrent) return
        setEntries(loaded)
        setOwnName(own?.name ?? '')
        setOwnCourt(own ? courtIdOf(own.court) : null)
      })
      .catch(() => {
        if (isCurrent)
          setStatus({ kind: 'error', text: 'The list of entries could not be loaded.' })
      })
    return () => {
      isCurrent = false
    }
  }, [collection, id, isAllowed])

  if (!isAllowed) return null
  const target = entries?.find((entry) => String(entry.id) === into)
  const sameCourt = entries?.filter((entry) => entry.isSameCourt) ?? []
  // An adjudicator at a court merges only into one of the same court (the service refuses
  // others); one without a court, or a court, into any entry.
  const others =
    entries?.filter(
      (entry) =>
        !entry.isSameCourt && !(collection === 'adjudicators' && ownCourt && entry.hasCourt),
    ) ?? []
  const noun = collection === 'courts' ? 'court or asylum office' : 'adjudicator'

  const ask = () => {
    if (!target) {
      setStatus({ kind: 'error', text: `Choose the ${noun} to merge this one into.` })
      return
    }
    setStatus({ kind: 'idle' })
    setIsConfirming(true)
  }

  const merge = async () => {
    setStatus({ kind: 'busy', text: 'Merging…' })
    try {
      const response = await fetch(`/api/${collection}/${id}/merge`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ into: Number(into) }),
      })
      const answer = (await response.json().catch(() => ({}))) as {
        message?: string
        moved?: Record<string, number>
      }
      setIsConfirming(false)
      if (!response.ok) {
        setStatus({ kind: 'error', text: answer.message ?? 'The entries could not be merged.' })
        return
      }
      const count = Object.values(answer.moved ?? {}).reduce((sum, n) => sum + n, 0)
      setStatus({
        kind: 'done',
        text: `Merged into ${target?.label ?? 'the chosen entry'}: ${count} record${count === 1 ? '' : 's'} moved. Opening it…`,
      })
      router.push(`/admin/collections/${collection}/${into}`)
    } catch {
      setIsConfirming(false)
      setStatus({ kind: 'error', text: 'The entries could not be merged. Check your connection.' })
    }
  }

  const isBusy = status.kind === 'busy' || status.kind === 'done'
  return (
    <section
      className="merge-entry-panel"
      aria-labelledby={`${baseId}-heading`}
      style={{ margin: '24px 0' }}
    >
      <h3 id={`${baseId}-heading`} style={{ margin: '0 0 8px' }}>
        Merge into…
      </h3>
      <p style={{ margin: '0 0 8px', fontSize: 13 }}>
        When this {noun} is a duplicate of another, merge it: every case and outcome that names it
        moves to the other entry, and this one is deleted. To keep it, correct the name and tick
        “Confirmed by staff” instead.
      </p>
      <label htmlFor={`${baseId}-into`} style={labelStyle}>
        Merge into
      </label>
      <select
        id={`${baseId}-into`}
        value={into}
        disabled={entries === null || isConfirming || isBusy}
        onChange={(event) => {
          setInto(event.target.value)
          setIsConfirming(false)
        }}
        style={{ width: '100%', marginBottom: 8, minHeight: 32 }}
      >
        <option value="">{entries === null ? 'Loading…' : `Choose a ${noun}…`}</option>
        {sameCourt.length > 0 ? (
          <optgroup label="At the same court">
            {sameCourt.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
              </option>
            ))}
          </optgroup>
        ) : null}
        {others.length > 0 ? (
          <optgroup label={sameCourt.length > 0 ? 'Elsewhere' : 'Entries'}>
            {others.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
      {isConfirming && target ? (
        <ConfirmStep
          id={`${baseId}-confirm`}
          question={`Merge “${ownName}” into “${target.label}”? Its cases and outcomes move there and this entry is deleted. This cannot be undone.`}
          confirmLabel="Confirm merge"
          isBusy={isBusy}
          onConfirm={() => void merge()}
          onCancel={() => setIsConfirming(false)}
        />
      ) : (
        <button
          type="button"
          className={buttonClass}
          style={buttonStyle}
          disabled={entries === null || isBusy}
          onClick={ask}
        >
          Merge…
        </button>
      )}
      <StatusLine status={status} />
    </section>
  )
}
