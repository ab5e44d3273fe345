import { disposable, nobodysOwn, system, type MatrixCollection } from '../collection'

/** One queued email, on a queue no runner works (it is never sent). */
export const payloadJobs: MatrixCollection = {
  slug: 'payload-jobs',
  blueprints: [{ key: 'job', ...nobodysOwn }],
  build: async ({ fx, add, canary }) => {
    const job = await fx.payload.create({
      collection: 'payload-jobs',
      data: {
        taskSlug: 'sendEmail',
        queue: 'matrix',
        input: {
          to: 'matrix-recipient@test.example',
          subject: canary('job', 'input.subject'),
          html: canary('job', 'input.html'),
        },
      },
      ...system,
    })
    add('job', job.id)
  },
  updateData: (marker) => ({ queue: marker }),
  markerOf: (doc) => doc.queue,
  createVariants: [
    {
      label: 'a job',
      inScopeFor: [],
      data: ({ marker }) => ({
        taskSlug: 'sendEmail',
        queue: marker,
        input: { to: 'matrix-recipient@test.example', subject: marker, html: marker },
      }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const marker = fx.nextMarker()
    const doc = await fx.payload.create({
      collection: 'payload-jobs',
      data: {
        taskSlug: 'sendEmail',
        queue: marker,
        input: { to: 'x@test.example', subject: marker, html: marker },
      },
      ...system,
    })
    return disposable('payload-jobs', doc.id)
  },
}
