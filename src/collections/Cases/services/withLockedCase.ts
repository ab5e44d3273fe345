import type { PayloadRequest } from 'payload'

import { inTransaction, lockRows } from '@/lib/db/transaction'

import { caseIdFrom } from './findCaseAs'

/**
 * Runs a membership change (share, unshare, invite, withdraw, transfer, shortlist) in one
 * transaction that first locks the case. Everything `work` reads of the case after the lock is
 * what the previous change committed, and nobody else changes it until this one commits: two
 * changes at the same moment run one after the other, never over each other.
 */
export const withLockedCase = <T>(
  req: PayloadRequest,
  caseId: unknown,
  work: () => Promise<T>,
): Promise<T> =>
  inTransaction(req, async () => {
    const id = caseIdFrom(caseId)
    if (id !== null) await lockRows({ req, collection: 'cases', ids: [id] })
    return work()
  })
