import type { PayloadRequest } from 'payload'

import { inTransaction, lockRows } from '@/lib/db/transaction'

/**
 * Runs a membership change (share, unshare, invite, withdraw, transfer, shortlist) in one
 * transaction that first locks the case named by the route. Everything `work` reads of the case
 * after the lock is what the previous change committed, and nobody else changes it until this one
 * commits: two changes at the same moment run one after the other, never over each other.
 */
export const withLockedCase = <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> =>
  inTransaction(req, async () => {
    const id = Number(req.routeParams?.id)
    if (Number.isSafeInteger(id) && id > 0) await lockRows({ req, collection: 'cases', ids: [id] })
    return work()
  })
