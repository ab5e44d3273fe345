import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Instructions' }

export default function InstructionsPage() {
  return (
    <div className="prose">
      <h1>How to use the TA Library</h1>
      <h2>Get access</h2>
      <p>
        <Link href="/register">Create an account</Link> and choose “Attorney/advocate representing a
        client”. Attorneys, accredited representatives, paralegals and law students working on an
        individual asylum case may all register. Confirm your email address from the message we send
        you, then log in.
      </p>
      <h2>Register each case</h2>
      <p>
        Submit one case intake for each principal applicant (one I-589). The more you tell us about
        the claim, the more relevant your library will be. You can edit the case at any time and the
        library updates straight away. Cases registered before the TA Library have their existing
        case numbers and open from My Account.
      </p>
      <h2>Use the filters</h2>
      <p>
        Filters narrow your library with “AND” logic: every group you use must match. The Country of
        Origin filter returns only country conditions and expert declarations; sample briefs,
        decisions and advisories are matched by type of claim from any country.
      </p>
      <h2>Share a case</h2>
      <p>
        Open the case and use the Share Case tab to add people working with the applicant, such as
        co-counsel, clinic students or pro bono mentors. They need an account; if they have none
        yet, you can send them an invitation instead. You can remove someone at any time. Never
        share a case with anyone who is not working with the applicant.
      </p>
      <h2>Report outcomes</h2>
      <p>
        When a decision comes, use Add an Outcome on My Account (then Add Another Outcome for later
        decisions). Outcomes help other attorneys with similar claims and shape our trainings and
        advisories. You may attach the decision if it contains individualized analysis and your
        client agrees.
      </p>
      <h2>Ask for more help</h2>
      <p>
        For help beyond the library, open the case and use its Request Assistance tab; note any
        urgent deadline. Staff read every request, though capacity limits what we can take on.
      </p>
      <h2>Give back</h2>
      <p>
        <Link href="/submit-resource">Submit a sample resource</Link> from your cases, and{' '}
        <Link href="/feedback">tell us</Link> when a filter or page does not work as you expect.
      </p>
    </div>
  )
}
