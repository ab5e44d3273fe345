/**
 * Stands where Payload's Publish and Unpublish buttons would be on expert profiles: listing and
 * unlisting happen only through the Vetting decision panel, which emails the expert and logs the
 * decision. Staff edits are saved as drafts and listed with the next approval.
 */
export const UseVettingPanel = () => (
  <span style={{ fontSize: 13, alignSelf: 'center' }}>
    List or unlist with the Vetting decision panel.
  </span>
)
