import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

/** Files that install the library's hooks and table into Payload (see the rule below). */
const payloadWiring = ['payload.config.ts', 'src/collections/*/index.ts']

/**
 * `@/library/…` or `…/src/library/…`, except the service and `allowed`. (A relative path such
 * as `../library/query` is ambiguous here; tests/unit/library-door.test.ts resolves every import.)
 */
const libraryDoor = (allowed = []) => ({
  patterns: [
    {
      regex: `^(@/|(\\.\\.?/)+src/)library/(?!(${['service', ...allowed].join('|')})$)`,
      message:
        'Import the library through @/library/service: it is the only door into src/library (issue 13).',
    },
  ],
})

/** Portal code (pages, server actions, components) reaches an operation through its service. */
const portalCode = ['src/app/(portal)/**', 'src/components/**', 'src/lib/portal/**']
const noEndpointHandlers = {
  regex: '^(@/|(\\.\\.?/)+)(collections/[^/]+/)?endpoints(/|$)',
  message:
    'Portal code calls the domain service (src/collections/<Name>/services), never an endpoint handler (issue 13).',
}

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.data/**',
      'node_modules/**',
      'src/payload-types.ts',
      'src/migrations/**',
      'src/app/(payload)/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import/no-default-export': 'off',
    },
  },
  // The library has one door (issue 13): outside src/library, only src/library/service.ts is
  // imported, so the engine's files can change shape without touching a route or a component.
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['src/library/**', 'tests/**', 'bench/**', 'scripts/**', ...payloadWiring],
    rules: { 'no-restricted-imports': ['error', libraryDoor()] },
  },
  {
    files: portalCode,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...libraryDoor().patterns, noEndpointHandlers] },
      ],
    },
  },
  // Payload's config and collections install the indexer's hooks and the index table: the
  // engine's wiring into Payload, not a way to read the library.
  {
    files: payloadWiring,
    rules: { 'no-restricted-imports': ['error', libraryDoor(['indexer', 'schema'])] },
  },
]

export default config
