import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Policies' }

export default function PoliciesPage() {
  return (
    <div className="prose">
      <h1>Program policies, terms of use and privacy</h1>
      <p className="lead">
        By creating an account you accept these terms. They exist to protect asylum seekers and to
        keep the program free to use.
      </p>
      <h2 id="terms">Terms of use</h2>
      <h3>Who may use the library</h3>
      <p>
        The TA Library is for people representing individuals in asylum, withholding of removal and
        Convention Against Torture cases, and for expert witnesses supporting them. Materials may be
        used only for the registered case they were provided for. Do not share them with people
        working on other cases: add them to the case instead.
      </p>
      <h3>One intake per applicant</h3>
      <p>
        Register one case for each principal applicant (one I-589), and share it only with people
        working with that applicant. Cases registered before the TA Library keep their existing case
        numbers: do not register them again.
      </p>
      <h3>Filing materials as evidence</h3>
      <p>
        Only materials marked “may be filed as evidence”, such as universal declarations, may be
        submitted in a registered case. Country conditions toolkits and practice advisories are
        background guidance and must not be filed.
      </p>
      <h3>Sharing decisions and briefs</h3>
      <p>
        Ask your client for permission before sharing any decision, brief or other case document
        with us, even when it is redacted. Upload decisions only when they contain individualized
        analysis.
      </p>
      <h3>Feedback about experts</h3>
      <p>
        The program may share feedback you give about an expert with that expert and with other
        advocates, unless you mark it “keep confidential” when you report an outcome.
      </p>
      <h3>Expert witnesses</h3>
      <p>
        Appearing in the Expert Witness Database is not an endorsement. We vet experts for basic
        minimum requirements only; users must research and vet experts themselves, and we cannot
        mediate disputes between experts and attorneys.
      </p>
      <h2 id="privacy">Privacy and confidentiality</h2>
      <p>
        Only you, the people you share a case with and program staff can see a case and its
        outcomes. We never need your client’s name or A-number: the case number identifies the case
        everywhere, including in emails, which carry only the case number and a link. Every library
        view and download is logged so we can report use of the materials to our funders, in
        aggregate.
      </p>
      <p>
        You choose which newsletters and case activity emails you receive in your{' '}
        <Link href="/account/settings">account settings</Link>. Messages about your account and
        about sharing are always sent.
      </p>
    </div>
  )
}
