import Link from 'next/link'
import type { ReactNode } from 'react'

import type { ExpertProfile } from '@/experts/profile'

import { mailtoHref, telHref, websiteHref } from './contact'
import { ExpertNotice } from './ExpertNotice'

const Row = ({ term, children }: { term: string; children: ReactNode }) => (
  <div>
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
)

const Tags = ({ values }: { values: string[] }) => (
  <ul className="lib-tags">
    {values.map((value, index) => (
      <li key={`${value}-${index}`} className="lib-tag">
        {value}
      </li>
    ))}
  </ul>
)

const Contact = ({ contact }: { contact: ExpertProfile['contact'] }) => {
  const email = mailtoHref(contact.email)
  const phone = telHref(contact.phone)
  const website = websiteHref(contact.website)
  const rows = [
    contact.email ? (
      <Row key="email" term="Email">
        {email ? <a href={email}>{contact.email}</a> : contact.email}
      </Row>
    ) : null,
    contact.phone ? (
      <Row key="phone" term="Phone">
        {phone ? <a href={phone}>{contact.phone}</a> : contact.phone}
      </Row>
    ) : null,
    contact.website ? (
      <Row key="website" term="Website">
        {website ? (
          <a href={website} rel="noopener noreferrer nofollow">
            {contact.website}
            <span className="lib-sr-only"> (external site)</span>
          </a>
        ) : (
          contact.website
        )}
      </Row>
    ) : null,
  ].filter(Boolean)
  return rows.length > 0 ? (
    <dl className="lib-detail__tags xd-contact">{rows}</dl>
  ) : (
    <p>This expert has not listed contact details.</p>
  )
}

/** One listed expert: contact details first, then what they cover and how they work. */
export const ExpertProfileView = ({ profile }: { profile: ExpertProfile }) => {
  const countries = profile.countries.map((country) => country.name)
  const details = [
    { term: 'Type of expert', values: profile.types },
    { term: 'Countries', values: countries },
    { term: 'Regions', values: profile.regions },
    { term: 'Types of persecution', values: profile.persecutionTypes },
    { term: 'Topics', values: profile.topics },
    { term: 'Languages', values: profile.languages },
    { term: 'Testimony', values: profile.testimonyKinds },
  ].filter((row) => row.values.length > 0)
  return (
    <article className="lib-detail xd-profile" aria-labelledby="xd-profile-name">
      <p className="lib-breadcrumb">
        <Link prefetch={false} href="/experts">
          ← Expert Witness Database
        </Link>
      </p>
      <p className="lib-item__type">{profile.types.join(' · ') || 'Expert witness'}</p>
      <h1 id="xd-profile-name" className="lib-detail__title">
        {profile.name}
      </h1>
      {profile.location ? <p className="meta">{profile.location}</p> : null}
      <ExpertNotice />
      <h2 className="lib-detail__tags-heading">Contact</h2>
      <Contact contact={profile.contact} />
      {profile.credentials ? (
        <>
          <h2 className="lib-detail__tags-heading">Credentials and experience</h2>
          <p className="pre-line xd-profile__credentials">{profile.credentials}</p>
        </>
      ) : null}
      <h2 className="lib-detail__tags-heading">Expertise</h2>
      <dl className="lib-detail__tags">
        {details.map((row) => (
          <Row key={row.term} term={row.term}>
            <Tags values={row.values} />
          </Row>
        ))}
        <Row term="Fees">
          {profile.fees ?? 'Not stated'}
          {profile.feeNotes ? <span className="block">{profile.feeNotes}</span> : null}
        </Row>
        <Row term="Remote work">
          {profile.isRemoteAvailable ? 'Available remotely' : 'Not available remotely'}
        </Row>
        {profile.location ? <Row term="Location">{profile.location}</Row> : null}
      </dl>
    </article>
  )
}
