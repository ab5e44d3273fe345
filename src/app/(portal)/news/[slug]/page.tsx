import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { getViewer } from '@/lib/payload'

type Props = { params: Promise<{ slug: string }> }

const findArticle = async (slug: string) => {
  const { payload, user } = await getViewer()
  const result = await payload.find({
    collection: 'program-news',
    user,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return result.docs[0]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await findArticle((await params).slug)
  return { title: article?.title ?? 'Not found' }
}

export default async function NewsArticlePage({ params }: Props) {
  const article = await findArticle((await params).slug)
  if (!article) notFound()
  return (
    <article className="prose">
      <p>
        <Link href="/news">← Program News</Link>
      </p>
      <h1>{article.title}</h1>
      <p className="meta">
        Published {new Date(article.publishedAt).toLocaleDateString('en-US', { dateStyle: 'long' })}
      </p>
      <p className="lead">{article.summary}</p>
      {article.body ? <RichText data={article.body} /> : null}
    </article>
  )
}
