import Link from 'next/link'

/** What an expert account gets instead of the database: it is for attorneys (FAQ). */
export const ForExperts = () => (
  <div className="prose">
    <h1>Expert Witness Database</h1>
    <p className="lead">
      The Expert Witness Database is for attorneys and advocates who are looking for an expert
      witness for their client’s case. It is not available to expert accounts.
    </p>
    <p>
      As an expert, you can use the{' '}
      <Link href="/expert-library">Expert Witness Resource Library</Link>: resources on working with
      a legal team, serving as an expert witness, sample declarations and more.
    </p>
    <p>
      To change how attorneys find you, edit{' '}
      <Link href="/account/expert-profile">your expert profile</Link>.
    </p>
  </div>
)
