import Link from 'next/link'

import { NewsList } from '@/components/news/NewsList'

import { getViewer } from '@/lib/payload'
import { listNews } from '@/lib/portal/news'
import { hasRole } from '@/lib/roles'

export default async function HomePage() {
  const { payload, user } = await getViewer()
  const news = await listNews({ payload, user, limit: 3 })

  return (
    <>
      <h1>Technical assistance for asylum cases</h1>
      <p className="lead">
        The TA Library gives attorneys and advocates representing asylum seekers a library built for
        each case: country conditions, expert declarations, sample briefs, unpublished decisions,
        practice advisories and trainings that match the claim. It is free to use.
      </p>
      <div className="actions">
        {user ? (
          <>
            <Link className="button" href="/account">
              Go to My Account
            </Link>
            {hasRole(user, 'advocate') ? (
              <Link className="button button--secondary" href="/cases/new">
                Register a new case
              </Link>
            ) : null}
          </>
        ) : (
          <>
            <Link className="button" href="/register">
              Create an account
            </Link>
            <Link className="button button--secondary" href="/login">
              Log in
            </Link>
          </>
        )}
        <Link className="button button--secondary" href="/instructions">
          How it works
        </Link>
      </div>

      <h2>How it works</h2>
      <ol className="cards">
        <li className="card">
          <h3>1. Register your case</h3>
          <p>
            Submit one case intake per principal applicant: country of origin, type of persecution,
            relief sought and procedural stage. No client names or A-numbers are needed.
          </p>
        </li>
        <li className="card">
          <h3>2. Use your tailored library</h3>
          <p>
            Your case gets its own library of matching resources. Filter it by country, persecution
            type, document type and stage, or search it by keyword.
          </p>
        </li>
        <li className="card">
          <h3>3. Share and report outcomes</h3>
          <p>
            Share the case with co-counsel working with the applicant, and report decisions so other
            attorneys with similar claims benefit.
          </p>
        </li>
        <li className="card">
          <h3>Expert witnesses</h3>
          <p>
            Signed-in advocates can search vetted expert witnesses. Experts can register, submit a
            profile for review and use the Expert Witness Resource Library.
          </p>
        </li>
      </ol>

      <h2>Program News</h2>
      <NewsList items={news.docs} emptyText="No news yet." headingLevel="h3" />
      <p>
        <Link href="/news">All Program News</Link>
      </p>
    </>
  )
}
