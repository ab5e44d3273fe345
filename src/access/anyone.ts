import type { Access } from 'payload'

/** Everyone gets it, guests included: only for data that is public by design. */
export const anyone: Access = () => true
