/**
 * The no-endorsement notice every view of the Expert Witness Database carries (SPEC §7, from the
 * program FAQ): listing is not endorsement, attorneys vet experts themselves, no mediation.
 */
export const ExpertNotice = ({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="xd-notice" aria-labelledby="xd-notice-heading">
      <Heading id="xd-notice-heading" className="xd-notice__heading">
        Before you contact an expert
      </Heading>
      <ul className="xd-notice__list">
        <li>
          <strong>A listing is not an endorsement.</strong> We check that experts meet basic minimum
          requirements before we list them, but we do not vet the quality of their work, we do not
          vouch for any expert and we cannot guarantee their work product.
        </li>
        <li>
          <strong>Do your own vetting.</strong> Research each expert yourself and decide whether
          they are a good fit for your client’s case before you engage them.
        </li>
        <li>
          <strong>You deal with the expert directly.</strong> We share contact details so that you
          can reach experts. The program does not act as a go-between and cannot mediate disputes
          between attorneys and experts.
        </li>
      </ul>
    </section>
  )
}
