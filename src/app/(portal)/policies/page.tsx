import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Policies' }

export default function PoliciesPage() {
  return (
    <div className="prose">
      <h1>Program policies</h1>
      <h2>Who may use the library</h2>
      <p>
        The TA Library is for people representing individuals in asylum, withholding of removal and
        Convention Against Torture cases, and for expert witnesses supporting them. Materials may be
        used only for the registered case they were provided for.
      </p>
      <h2>Confidentiality</h2>
      <p>
        Only you, the people you share a case with and program staff can see a case and its
        outcomes. We never need your client’s name or A-number: the case number identifies the case
        everywhere, including in emails. Every library view and download is logged so we can report
        use of the materials to our funders, in aggregate.
      </p>
      <h2>Filing materials as evidence</h2>
      <p>
        Only materials marked “may be filed as evidence”, such as universal declarations, may be
        submitted in a registered case. Country conditions toolkits and practice advisories are
        background guidance and must not be filed.
      </p>
      <h2>Sharing decisions and briefs</h2>
      <p>
        Ask your client for permission before sharing any decision, brief or other case document
        with us, even when it is redacted.
      </p>
      <h2>Expert witnesses</h2>
      <p>
        Appearing in the Expert Witness Database is not an endorsement. We vet experts for basic
        minimum requirements only; users must research and vet experts themselves, and we cannot
        mediate disputes between experts and attorneys.
      </p>
    </div>
  )
}
