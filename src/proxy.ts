import { NextResponse, type NextRequest } from 'next/server'

import { contentSecurityPolicy, isHttpsURL, makeNonce } from '@/lib/security-headers'

/**
 * Gives every page a fresh script nonce and its Content-Security-Policy. Next reads the nonce from
 * the policy on the request and puts it on the scripts it renders, so pages render per request.
 */
export function proxy(request: NextRequest) {
  const nonce = makeNonce()
  const policy = contentSecurityPolicy({
    nonce,
    isDev: process.env.NODE_ENV === 'development',
    isHttps: isHttpsURL(process.env.SERVER_URL),
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  matcher: [
    {
      // Pages only: the API answers JSON (downloads set a sandbox policy of their own) and static
      // files carry no markup.
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
