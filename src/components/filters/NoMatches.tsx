import Link from 'next/link'

/** One applied selection and what removing it would show (left out when not known). */
export type RemovableSelection = { key: string; href: string; text: string; wouldShow?: string }

/**
 * What an empty result says when filters or a search are applied: each selection with a link that
 * removes it and how many results that would leave, then a link that clears everything.
 */
export const NoMatches = ({
  heading,
  headingId,
  intro,
  selections,
  notEnoughText,
  isAnyHelpful,
  basePath,
}: {
  heading: string
  headingId?: string
  /** The first words of the sentence that ends "Remove this selection to see more:". */
  intro: string
  selections: RemovableSelection[]
  /** Said when no single removal would help and there is more than one selection. */
  notEnoughText: string
  isAnyHelpful: boolean
  basePath: string
}) => (
  <div className="lib-empty">
    <h3 id={headingId}>{heading}</h3>
    <p>
      {intro} Remove {selections.length === 1 ? 'this selection' : 'one of these selections'} to see
      more:
    </p>
    <ul className="lib-empty__list">
      {selections.map((selection) => (
        <li key={selection.key}>
          <Link prefetch={false} href={selection.href}>
            {selection.text}
          </Link>
          {selection.wouldShow ? (
            <span className="lib-empty__count"> {selection.wouldShow}</span>
          ) : null}
        </li>
      ))}
    </ul>
    {!isAnyHelpful && selections.length > 1 ? <p>{notEnoughText}</p> : null}
    <p>
      <Link prefetch={false} href={basePath}>
        Clear all filters and search
      </Link>
    </p>
  </div>
)
