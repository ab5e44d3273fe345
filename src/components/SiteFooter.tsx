import Link from 'next/link'

export const SiteFooter = () => (
  <footer className="site-footer">
    <div className="site-footer__inner">
      <p>
        Found a problem or have a suggestion?{' '}
        <Link href="/feedback" className="feedback-link">
          Send feedback about the TA Library
        </Link>
      </p>
      <ul className="site-footer__links">
        <li>
          <Link href="/instructions">How to use the TA Library</Link>
        </li>
        <li>
          <Link href="/submit-resource">Submit a resource</Link>
        </li>
        <li>
          <Link href="/policies">Terms of use and privacy</Link>
        </li>
      </ul>
    </div>
  </footer>
)
