import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Feedback' }

export default function FeedbackPage() {
  return (
    <div className="prose">
      <h1>Feedback about the TA Library</h1>
      <p className="lead">
        Tell us about a problem with the library or the site, a filter that did not work as you
        expected, or a resource you could not find.
      </p>
      <div className="alert">
        The feedback form opens with the advocate portal release. Until then, program staff read
        feedback sent to the TA program’s usual address.
      </div>
    </div>
  )
}
