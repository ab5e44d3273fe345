/** A row of a case's `shares` as the share service writes it: `user` added by `sharedBy`, attested now. */
export const shareRow = (user: number, sharedBy: number) => ({
  user,
  sharedBy,
  sharedAt: new Date().toISOString(),
  attestation: true,
})
