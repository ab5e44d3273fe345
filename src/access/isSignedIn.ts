import type { Access } from 'payload'

/** Any signed-in account gets it; guests do not. */
export const isSignedIn: Access = ({ req }) => Boolean(req.user)
