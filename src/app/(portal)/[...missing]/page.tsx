import { notFound } from 'next/navigation'

/**
 * Any address no route matches: the portal's own "Page not found" (404), rendered per request in
 * the portal layout. Next's built-in fallback is a prebuilt static page, whose scripts carry no
 * nonce and so would be blocked by the Content-Security-Policy.
 */
export default function MissingPage() {
  notFound()
}
