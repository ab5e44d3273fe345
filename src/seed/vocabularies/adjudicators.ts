import { courts } from './courts'

/**
 * DEMO DATA, NOT A ROSTER. The issue asks for each immigration court's judges from a public source
 * (EOIR's published court pages and immigration judge biographies at justice.gov/eoir). That source
 * could not be reached from the machine this was built on, so these are invented placeholders:
 * two per immigration court, named "Demo Judge A (fictional)" and "Demo Judge B (fictional)" so
 * nobody mistakes them for real judges. They are seeded in development only (never in production,
 * see seed-vocabularies.ts); staff load the real roster in the admin panel, and advocates add a
 * missing judge from the forms ("Not listed: type the name") for staff to confirm.
 */
export type AdjudicatorTerm = { slug: string; name: string; courtSlug: string }

export const demoAdjudicators: readonly AdjudicatorTerm[] = courts
  .filter((court) => court.kind === 'immigration-court')
  .flatMap((court) =>
    ['a', 'b'].map((letter) => ({
      slug: `demo-judge-${letter}-${court.slug}`,
      name: `Demo Judge ${letter.toUpperCase()} (fictional)`,
      courtSlug: court.slug,
    })),
  )
