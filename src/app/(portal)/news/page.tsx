import type { Metadata } from 'next'
import { NewsList } from '@/components/news/NewsList'

import { getViewer } from '@/lib/payload'
import { listNews } from '@/lib/portal/news'

export const metadata: Metadata = { title: 'Program News' }

export default async function NewsPage() {
  const { payload, user } = await getViewer()
  const news = await listNews({ payload, user, limit: 50 })
  return (
    <>
      <h1>Program News</h1>
      <p className="lead">Announcements about new resources, trainings and the TA program.</p>
      <NewsList items={news.docs} emptyText="No news has been published yet." headingLevel="h2" />
    </>
  )
}
