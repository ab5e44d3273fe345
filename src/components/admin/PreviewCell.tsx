import type { DefaultCellComponentProps } from 'payload'

const MAX = 120

/** A list cell showing the start of a long text on one line, with the whole text on hover. */
export const PreviewCell = ({ cellData }: DefaultCellComponentProps) => {
  const text = typeof cellData === 'string' ? cellData.replace(/\s+/g, ' ').trim() : ''
  if (!text) return <span>—</span>
  return (
    <span title={text.length > MAX ? text : undefined}>
      {text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text}
    </span>
  )
}
