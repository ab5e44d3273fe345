import type { CollectionAfterChangeHook } from 'payload'

const fileId = (value: unknown) =>
  typeof value === 'object' && value ? (value as { id: number }).id : value

/** When a resource gains or changes its file, queue the text extraction that feeds search. */
export const queueTextExtraction: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context?.isTextExtraction) return doc
  const current = fileId(doc.file)
  if (current && current !== fileId(previousDoc?.file)) {
    await req.payload.jobs.queue({
      task: 'extractResourceText',
      queue: 'library',
      input: { resourceId: doc.id },
      req,
    })
  }
  return doc
}
