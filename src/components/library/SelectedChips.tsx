import Link from 'next/link'

/** One thing the reader chose, as a link that removes it. */
export type Chip = { key: string; group: string; label: string; href: string; removeText: string }

/**
 * "Your selections": each chosen filter as a chip that removes it (a plain link, so it works
 * without JavaScript). Nothing when nothing is chosen.
 */
export const SelectedChips = ({ chips, labelId }: { chips: Chip[]; labelId: string }) =>
  chips.length > 0 ? (
    <div className="lib-selected">
      <p className="lib-selected__label" id={labelId}>
        Your selections:
      </p>
      <ul className="lib-selected__list" aria-labelledby={labelId}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              prefetch={false}
              href={chip.href}
              className="lib-chip"
              aria-label={chip.removeText}
            >
              <span>
                <span className="lib-chip__group">{chip.group}:</span> {chip.label}
              </span>
              <span aria-hidden="true" className="lib-chip__x">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  ) : null

/** A page number past the last page: says so and links to the first. */
export const NoSuchPage = ({ page, firstPageHref }: { page: number; firstPageHref: string }) => (
  <p className="lib-empty__lead">
    There is no page {page}.{' '}
    <Link prefetch={false} href={firstPageHref}>
      Go to the first page
    </Link>
  </p>
)
