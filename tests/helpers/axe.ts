import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

/**
 * The serious and critical WCAG 2.2 A/AA problems axe finds on the page as it is now, or only
 * inside the `include` selectors (a custom admin component within Payload's own views), each as
 * "rule: help (where)".
 */
export const seriousViolations = async (page: Page, include: string[] = []) => {
  let builder = new AxeBuilder({ page })
  for (const selector of include) builder = builder.include(selector)
  const results = await builder
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}
