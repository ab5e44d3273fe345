import Link from 'next/link'

import type { ProgramNew } from '@/payload-types'

type Props = {
  items: Pick<ProgramNew, 'id' | 'slug' | 'title' | 'publishedAt' | 'summary'>[]
  /** What to say when nothing is published yet. */
  emptyText: string
  /** The level of each item's heading, one below the section's. */
  headingLevel: 'h2' | 'h3'
}

/** Program News items, newest first as given: title linking to the item, date and summary. */
export const NewsList = ({ items, emptyText, headingLevel: Heading }: Props) =>
  items.length === 0 ? (
    <p>{emptyText}</p>
  ) : (
    <ul className="news-list">
      {items.map((item) => (
        <li key={item.id}>
          <Heading>
            <Link href={`/news/${item.slug}`}>{item.title}</Link>
          </Heading>
          <p className="meta">
            {new Date(item.publishedAt).toLocaleDateString('en-US', { dateStyle: 'long' })}
          </p>
          <p>{item.summary}</p>
        </li>
      ))}
    </ul>
  )
