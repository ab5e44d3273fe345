/**
 * The Content-Security-Policy of every page (portal and admin). Scripts run only with this
 * response's nonce, or when loaded by a script that has it ('strict-dynamic'): an injected
 * <script> or inline handler does not run. Styles allow inline ones: the admin panel and React's
 * `style` attributes set them, and a style cannot run code.
 */
export const contentSecurityPolicy = ({
  nonce,
  isDev,
  isHttps,
}: {
  nonce: string
  /** `next dev` needs eval for React's debugging aids; a production build never does. */
  isDev: boolean
  isHttps: boolean
}): string =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // Development's hot reload talks over a websocket to the same host.
    `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ['upgrade-insecure-requests'] : []),
  ].join('; ')

export const isHttpsURL = (url: string | undefined) => Boolean(url?.startsWith('https://'))

/** HSTS, only when the public address is https (a browser would otherwise refuse http for a year). */
export const strictTransportSecurity = (serverURL: string | undefined): string | undefined =>
  isHttpsURL(serverURL) ? 'max-age=31536000; includeSubDomains' : undefined

/** A fresh, unguessable nonce per response (128 random bits, base64). */
export const makeNonce = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}
