import { serverURL } from './env'

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

type EmailArgs = {
  heading: string
  paragraphs: string[]
  action?: { label: string; url: string }
}

/**
 * One plain, accessible layout for every message. Emails never carry client facts (SPEC §10):
 * callers pass case numbers and links only.
 */
export const renderEmail = ({ heading, paragraphs, action }: EmailArgs): string => {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('')
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d4f91;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#444">If the button does not work, copy this address into your browser:<br>${escapeHtml(action.url)}</p>`
    : ''
  return `<!doctype html><html lang="en"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px;margin:0 auto;padding:24px">
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(heading)}</h1>${body}${button}
<hr style="border:none;border-top:1px solid #ddd;margin:32px 0 16px">
<p style="font-size:13px;color:#555;margin:0">TA Library · <a href="${serverURL}">${escapeHtml(serverURL)}</a></p>
</body></html>`
}

export const verificationEmail = ({ token, name }: { token: string; name?: string | null }) =>
  renderEmail({
    heading: 'Confirm your email address',
    paragraphs: [
      `Hello${name ? ` ${name}` : ''},`,
      'Thank you for registering with the TA Library. Please confirm that this email address is yours. You can sign in once it is confirmed.',
      'If you did not register, you can ignore this message.',
    ],
    action: { label: 'Confirm my email address', url: `${serverURL}/verify?token=${token}` },
  })

export const passwordResetEmail = ({ token }: { token: string }) =>
  renderEmail({
    heading: 'Reset your password',
    paragraphs: [
      'Someone asked to reset the password of the TA Library account that uses this email address. The link works once and expires in one hour.',
      'If it was not you, ignore this message: your password stays the same.',
    ],
    action: { label: 'Choose a new password', url: `${serverURL}/reset-password?token=${token}` },
  })

const caseLink = (caseId: number | string) => `${serverURL}/cases/${caseId}`

export const caseSharedEmail = ({
  caseNumber,
  caseId,
}: {
  caseNumber: string
  caseId: number | string
}) => ({
  subject: `Case ${caseNumber} was shared with you`,
  html: renderEmail({
    heading: `Case ${caseNumber} was shared with you`,
    paragraphs: [
      'A colleague shared a TA Library case with you because you work with the applicant. You can now open its tailored library from “Cases Shared With Me” on your My Account page.',
    ],
    action: { label: 'Open the case', url: caseLink(caseId) },
  }),
})

export const caseInvitationEmail = ({ caseNumber }: { caseNumber: string }) => ({
  subject: `You are invited to a TA Library case (${caseNumber})`,
  html: renderEmail({
    heading: 'You are invited to the TA Library',
    paragraphs: [
      `A colleague working on case ${caseNumber} invited you to use its tailored TA Library. Create a free account with this email address and confirm it; the case then appears under “Cases Shared With Me”.`,
      'If you do not work with this applicant, ignore this message.',
    ],
    action: { label: 'Create an account', url: `${serverURL}/register` },
  }),
})

export const caseUnsharedEmail = ({ caseNumber }: { caseNumber: string }) => ({
  subject: `Your access to case ${caseNumber} was removed`,
  html: renderEmail({
    heading: `Access to case ${caseNumber} removed`,
    paragraphs: [
      `You no longer have access to case ${caseNumber} in the TA Library. If you think this is a mistake, contact the case owner.`,
    ],
  }),
})

export const caseInvitationCancelledEmail = ({ caseNumber }: { caseNumber: string }) => ({
  subject: `Your invitation to TA Library case ${caseNumber} was withdrawn`,
  html: renderEmail({
    heading: 'Invitation withdrawn',
    paragraphs: [
      `The invitation to use the TA Library for case ${caseNumber} was withdrawn. If you think this is a mistake, contact the colleague who invited you.`,
    ],
  }),
})

export const caseTransferredEmail = ({
  caseNumber,
  caseId,
  reason,
  isNewOwner,
}: {
  caseNumber: string
  caseId: number | string
  reason: string
  isNewOwner: boolean
}) => ({
  subject: `Case ${caseNumber} was transferred`,
  html: renderEmail({
    heading: `Case ${caseNumber} was transferred`,
    paragraphs: [
      isNewOwner
        ? `TA program staff transferred case ${caseNumber} to your account. It now appears under “My Cases”.`
        : `TA program staff transferred case ${caseNumber} to another attorney. It no longer appears in your account.`,
      `Reason given by staff: ${reason}`,
    ],
    action: isNewOwner ? { label: 'Open the case', url: caseLink(caseId) } : undefined,
  }),
})

/** Same subject as the Users collection's own verification email, for the queued copy. */
export const verificationEmailSubject = 'Confirm your email address for the TA Library'

/**
 * Sent when someone registers with an address that already has an account: the form answers the
 * same way for every address, so only the address's owner learns the account exists.
 */
export const accountExistsEmail = () => ({
  subject: 'You already have a TA Library account',
  html: renderEmail({
    heading: 'You already have an account',
    paragraphs: [
      'Someone (probably you) tried to register for the TA Library with this email address, which already has an account. No new account was made.',
      'Log in with your password, or choose a new one if you have forgotten it. If it was not you, you can ignore this message.',
    ],
    action: { label: 'Log in', url: `${serverURL}/login` },
  }),
})

export const outcomeReceivedEmail = ({
  caseNumber,
  caseId,
}: {
  caseNumber: string
  caseId: number | string
}) => ({
  subject: `Outcome received for case ${caseNumber}`,
  html: renderEmail({
    heading: `Thank you: outcome received for case ${caseNumber}`,
    paragraphs: [
      `We received the outcome you reported for case ${caseNumber}. Outcomes help other advocates with similar claims and shape the program’s trainings and advisories.`,
      'You can review it, or add another outcome later, from the case’s Outcomes tab.',
    ],
    action: { label: 'Open the case outcomes', url: `${caseLink(caseId)}/outcomes` },
  }),
})

export const assistanceRequestReceivedEmail = ({
  caseNumber,
  caseId,
}: {
  caseNumber: string
  caseId: number | string
}) => ({
  subject: `We received your request for assistance (case ${caseNumber})`,
  html: renderEmail({
    heading: `Request received for case ${caseNumber}`,
    paragraphs: [
      `Program staff received your request for assistance with case ${caseNumber}. We read every request and prioritise those with urgent deadlines; we cannot take on every request because of our capacity.`,
      'In the meantime, the case’s tailored TA Library is available at any time.',
    ],
    action: { label: 'Open the case', url: caseLink(caseId) },
  }),
})

export const expertSubmittedEmail = () => ({
  subject: 'We received your expert profile',
  html: renderEmail({
    heading: 'Your profile is with our staff',
    paragraphs: [
      'Thank you for submitting your expert witness profile. Program staff review every profile before it is listed in the Expert Witness Database; we will email you when they decide.',
      'If your profile is already listed, the listed version stays visible until staff review your changes.',
    ],
    action: { label: 'View my profile', url: `${serverURL}/account/expert-profile` },
  }),
})

const decisionCopy = {
  approved: {
    subject: 'Your expert profile is approved',
    heading: 'Your profile is listed',
    lead: 'Program staff approved your expert witness profile. Attorneys using the TA Library can now find it in the Expert Witness Database.',
  },
  'changes-requested': {
    subject: 'Changes requested to your expert profile',
    heading: 'Please update your profile',
    lead: 'Program staff reviewed your expert witness profile and ask for some changes before listing it. Update your profile and submit it again.',
  },
  rejected: {
    subject: 'Your expert profile was not approved',
    heading: 'Your profile was not approved',
    lead: 'Program staff reviewed your expert witness profile and decided not to list it in the Expert Witness Database.',
  },
} as const

export const expertDecisionEmail = ({
  decision,
  message,
}: {
  decision: keyof typeof decisionCopy
  message?: string | null
}) => {
  const copy = decisionCopy[decision]
  return {
    subject: copy.subject,
    html: renderEmail({
      heading: copy.heading,
      paragraphs: [copy.lead, ...(message ? [`Message from program staff: ${message}`] : [])],
      action: { label: 'View my profile', url: `${serverURL}/account/expert-profile` },
    }),
  }
}

export const assistanceReplyEmail = ({
  caseNumber,
  caseId,
}: {
  caseNumber: string
  caseId: number | string
}) => ({
  subject: `Program staff replied to a request for assistance (case ${caseNumber})`,
  html: renderEmail({
    heading: `Staff replied about case ${caseNumber}`,
    paragraphs: [
      `Program staff replied to a request for assistance on case ${caseNumber}. Sign in to read the reply on the case’s Request Assistance tab.`,
    ],
    action: { label: 'Read the reply', url: `${caseLink(caseId)}/assistance` },
  }),
})

const queueItemReplyCopy = {
  feedback: {
    subject: 'Program staff replied to your feedback',
    lead: (sentOn: string) => `Thank you for the feedback you sent the TA Library on ${sentOn}.`,
  },
  'resource-submission': {
    subject: 'Program staff replied about the resource you sent',
    lead: (sentOn: string) =>
      `Thank you for the resource you sent the TA Library on ${sentOn}. Program staff reviewed it.`,
  },
} as const

/**
 * Staff's reply to feedback or a resource submission. These are not case data, so the email
 * carries the reply itself (its own paragraphs), and nothing from any case.
 */
export const queueItemReplyEmail = ({
  kind,
  reply,
  sentOn,
}: {
  kind: keyof typeof queueItemReplyCopy
  reply: string
  sentOn: string
}) => {
  const copy = queueItemReplyCopy[kind]
  return {
    subject: copy.subject,
    html: renderEmail({
      heading: copy.subject,
      paragraphs: [
        copy.lead(sentOn),
        'Their reply:',
        ...reply
          .split(/\r?\n/)
          .map((paragraph) => paragraph.trim())
          .filter(Boolean),
      ],
    }),
  }
}

const adminLink = (path: string) => `${serverURL}/admin${path}`

/** The new-work emails staff choose on their account (Users → staffAlerts). */
export const staffNewWorkEmail = ({
  kind,
  id,
  caseNumber,
  deadline,
}:
  | { kind: 'assistance-request'; id: number; caseNumber: string; deadline: string }
  | {
      kind: 'resource-submission' | 'expert-profile'
      id: number
      caseNumber?: never
      deadline?: never
    }) => {
  const copy = {
    'assistance-request': {
      subject: `New assistance request with a deadline (case ${caseNumber}, due ${deadline})`,
      lead: `An advocate asked for help with case ${caseNumber}; they gave a deadline of ${deadline}.`,
      path: `/collections/assistance-requests/${id}`,
    },
    'resource-submission': {
      subject: 'New resource submission to review',
      lead: 'Someone sent a resource for the library. It waits in the Resource submissions queue.',
      path: `/collections/resource-submissions/${id}`,
    },
    'expert-profile': {
      subject: 'An expert profile was submitted for vetting',
      lead: 'An expert submitted their profile. It waits in the vetting queue.',
      path: `/collections/experts/${id}`,
    },
  }[kind]
  return {
    subject: copy.subject,
    html: renderEmail({
      heading: copy.subject,
      paragraphs: [
        copy.lead,
        'You get this email because you chose it under “New-work emails” on your staff account.',
      ],
      action: { label: 'Open it in the admin panel', url: adminLink(copy.path) },
    }),
  }
}
