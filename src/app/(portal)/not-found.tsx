import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="narrow prose">
      <h1>Page not found</h1>
      <p className="lead">
        This page does not exist, or it belongs to a case you do not have access to.
      </p>
      <p>
        Cases open only for the advocate who registered them, the people they shared them with and
        program staff. If a colleague shared a case with you, it is listed under “Cases Shared With
        Me” on your My Account page.
      </p>
      <p className="actions">
        <Link href="/account" className="button">
          Go to My Account
        </Link>
        <Link href="/" className="button button--secondary">
          Home page
        </Link>
      </p>
    </div>
  )
}
