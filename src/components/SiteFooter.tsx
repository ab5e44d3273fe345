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
      <p>
        <Link href="/policies">Terms of use and privacy</Link>
      </p>
    </div>
  </footer>
)
