import type { Metadata } from 'next'
import Link from 'next/link'

import { getViewer } from '@/lib/payload'

export const metadata: Metadata = { title: 'Program News' }

export default async function NewsPage() {
  const { payload, user } = await getViewer()
  const news = await payload.find({
    collection: 'program-news',
    user,
    overrideAccess: false,
    depth: 0,
    limit: 50,
    sort: '-publishedAt',
    select: { title: true, slug: true, publishedAt: true, summary: true },
  })
  return (
    <>
      <h1>Program News</h1>
      <p className="lead">Announcements about new resources, trainings and the TA program.</p>
      {news.docs.length === 0 ? (
        <p>No news has been published yet.</p>
      ) : (
        <ul className="news-list">
          {news.docs.map((item) => (
            <li key={item.id}>
              <h2>
                <Link href={`/news/${item.slug}`}>{item.title}</Link>
              </h2>
              <p className="meta">
                {new Date(item.publishedAt).toLocaleDateString('en-US', { dateStyle: 'long' })}
              </p>
              <p>{item.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
