import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * False on the server and during hydration, true once the page's JavaScript runs: for controls
 * that only work with it (they are left out of the plain-HTML form).
 */
export const useHasScript = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
