import { RichText } from '@payloadcms/richtext-lexical/react'
import Link from 'next/link'
import type { ReactNode } from 'react'

import type { DocumentType, Resource, ResourceFile } from '@/payload-types'

import { formatDate, isoDay } from './format'

import './library.css'

type Named = { name: string }

const namesOf = (values: unknown[] | null | undefined): string[] =>
  (values ?? [])
    .filter(
      (value): value is Named => typeof value === 'object' && value !== null && 'name' in value,
    )
    .map((value) => value.name)

const fileSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`

const fileKind = (mimeType: string | null | undefined) => {
  if (!mimeType) return 'file'
  if (mimeType === 'application/pdf') return 'PDF'
  if (mimeType.includes('word')) return 'Word document'
  if (mimeType.startsWith('image/')) return 'image'
  return 'file'
}

/** Months after which staff consider this type stale (document types' "may be outdated" age). */
const isOutdated = (resource: Resource, documentType: DocumentType) => {
  const months = documentType.outdatedAfterMonths
  if (!months) return false
  const latest = Math.max(
    Date.parse(resource.publishedAt),
    resource.contentUpdatedAt ? Date.parse(resource.contentUpdatedAt) : 0,
  )
  const threshold = new Date()
  threshold.setUTCMonth(threshold.getUTCMonth() - months)
  return latest < threshold.getTime()
}

type Props = {
  /** Loaded at depth 1 by trusted code; only the fields below are ever shown. */
  resource: Resource
  back: { href: string; label: string }
  /** The logged download route, or null when this surface has none. */
  downloadHref: string | null
  /** Shown when the resource has a file but `downloadHref` is null. */
  noDownloadNote?: string
  /** The case's note on filing as evidence (case libraries only). */
  evidenceNote?: ReactNode
  /** Extra guidance under the actions (e.g. who the materials may be shared with). */
  footnote?: ReactNode
}

/**
 * One library resource: what it is, its dates and tags, whether it may be filed, its text, and the
 * way to its file. Never shows the source case number of a decision, file URLs or extracted text.
 */
export const ResourceDetail = ({
  resource,
  back,
  downloadHref,
  noDownloadNote,
  evidenceNote,
  footnote,
}: Props) => {
  const documentType = resource.documentType as DocumentType
  const file =
    typeof resource.file === 'object' && resource.file?.filename
      ? (resource.file as ResourceFile)
      : null
  const tagGroups = [
    { label: 'Countries', names: namesOf(resource.countries) },
    { label: 'Types of persecution', names: namesOf(resource.persecutionTypes) },
    { label: 'Relief', names: namesOf(resource.reliefTypes) },
    { label: 'Procedural stages', names: namesOf(resource.proceduralStages) },
    { label: 'Other topics', names: namesOf(resource.topics) },
  ].filter((group) => group.names.length > 0)
  const isStale = isOutdated(resource, documentType)

  return (
    <article className="lib-detail" aria-labelledby="lib-detail-title">
      <p className="lib-breadcrumb">
        <Link prefetch={false} href={back.href}>
          ← {back.label}
        </Link>
      </p>
      <p className="lib-item__type">{documentType.name}</p>
      <h1 id="lib-detail-title" className="lib-detail__title">
        {resource.title}
      </h1>
      <p className="lib-item__dates">
        <span>
          Published{' '}
          <time dateTime={isoDay(resource.publishedAt)}>{formatDate(resource.publishedAt)}</time>
        </span>
        <span>
          {resource.contentUpdatedAt ? (
            <>
              Last updated{' '}
              <time dateTime={isoDay(resource.contentUpdatedAt)}>
                {formatDate(resource.contentUpdatedAt)}
              </time>
            </>
          ) : (
            'Not updated since publication'
          )}
        </span>
      </p>
      {isStale ? (
        <ul className="lib-badges" aria-label="Notes">
          <li className="lib-badge lib-badge--outdated">May be outdated</li>
        </ul>
      ) : null}
      {resource.summary ? <p className="lead lib-detail__summary">{resource.summary}</p> : null}
      {file || resource.externalUrl ? (
        <div className="actions lib-detail__actions">
          {file && downloadHref ? (
            <a className="button" href={downloadHref}>
              Download the {fileKind(file.mimeType)}
              {file.filesize ? (
                <span className="lib-detail__size"> ({fileSize(file.filesize)})</span>
              ) : null}
            </a>
          ) : null}
          {resource.externalUrl ? (
            <a
              className={file && downloadHref ? 'button button--secondary' : 'button'}
              href={resource.externalUrl}
              rel="noopener noreferrer"
            >
              Open the recording or page<span className="lib-sr-only"> (external site)</span>
            </a>
          ) : null}
        </div>
      ) : null}
      {file && !downloadHref && noDownloadNote ? <p className="alert">{noDownloadNote}</p> : null}
      {evidenceNote}
      {footnote}
      {resource.body ? (
        <div className="prose lib-detail__body">
          <RichText data={resource.body} />
        </div>
      ) : null}
      {tagGroups.length > 0 ? (
        <>
          <h2 className="lib-detail__tags-heading">Tags</h2>
          <dl className="lib-detail__tags">
            {tagGroups.map((group) => (
              <div key={group.label}>
                <dt>{group.label}</dt>
                <dd>
                  <ul className="lib-tags">
                    {group.names.map((name) => (
                      <li key={name} className="lib-tag">
                        {name}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </article>
  )
}
