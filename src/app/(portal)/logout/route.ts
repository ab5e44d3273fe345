import config from '@payload-config'
import { logout } from '@payloadcms/next/auth'

/** POST /logout ends the session (a form post, so a link prefetch can never log anyone out). */
export async function POST(request: Request) {
  await logout({ config })
  return Response.redirect(new URL('/', request.url), 303)
}
