import Link from 'next/link'

type Props = { userName?: string | null; isStaff?: boolean; mayUseDirectory?: boolean }

export const SiteHeader = ({ userName, isStaff, mayUseDirectory }: Props) => (
  <header className="site-header">
    <a className="skip-link" href="#main">
      Skip to main content
    </a>
    <div className="site-header__inner">
      <Link href="/" className="site-header__brand">
        TA Library
      </Link>
      <nav aria-label="Main">
        <ul className="site-nav">
          <li>
            <Link href="/news">Program News</Link>
          </li>
          <li>
            <Link href="/instructions">Instructions</Link>
          </li>
          <li>
            <Link href="/policies">Policies</Link>
          </li>
          {/* Attorneys and advocates find experts here; staff see what they see. */}
          {userName && mayUseDirectory ? (
            <li>
              <Link href="/experts">Expert Witness Database</Link>
            </li>
          ) : null}
          {userName ? (
            <li>
              <Link href="/account">My Account</Link>
            </li>
          ) : null}
          {isStaff ? (
            <li>
              <Link href="/admin">Admin panel</Link>
            </li>
          ) : null}
          {userName ? (
            <li>
              <form action="/logout" method="post" className="site-nav__session">
                <span className="site-nav__user">Signed in as {userName}</span>{' '}
                <button type="submit" className="link-button">
                  Log out
                </button>
              </form>
            </li>
          ) : (
            <>
              <li>
                <Link href="/login">Log in</Link>
              </li>
              <li>
                <Link href="/register" className="site-nav__cta">
                  Create an account
                </Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </div>
  </header>
)
