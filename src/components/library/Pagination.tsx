import Link from 'next/link'

/**
 * Result pages as plain links: Previous, up to five page numbers around the current one, Next.
 * Shared by the tailored library and the Expert Witness Database.
 */
export const Pagination = ({
  page,
  pageCount,
  href,
}: {
  page: number
  pageCount: number
  href: (page: number) => string
}) => {
  if (pageCount <= 1) return null
  const first = Math.max(1, Math.min(page - 2, pageCount - 4))
  const pages = Array.from({ length: Math.min(5, pageCount) }, (_, index) => first + index)
  return (
    <nav className="lib-pagination" aria-label="Result pages">
      <ul>
        {page > 1 ? (
          <li>
            <Link prefetch={false} href={href(page - 1)} rel="prev">
              Previous<span className="lib-sr-only"> page</span>
            </Link>
          </li>
        ) : null}
        {pages.map((target) => (
          <li key={target}>
            {target === page ? (
              <span className="lib-pagination__current" aria-current="page">
                <span className="lib-sr-only">Page </span>
                {target}
              </span>
            ) : (
              <Link prefetch={false} href={href(target)}>
                <span className="lib-sr-only">Page </span>
                {target}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link prefetch={false} href={href(page + 1)} rel="next">
              Next<span className="lib-sr-only"> page</span>
            </Link>
          </li>
        ) : null}
      </ul>
      <p className="lib-pagination__status">
        Page {page} of {pageCount}
      </p>
    </nav>
  )
}
