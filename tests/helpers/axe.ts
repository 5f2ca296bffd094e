/** Run axe-core (the npm package, injected into the page) and describe each violation in one line. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Every axe rule (WCAG A/AA and best practices) on the whole page; [] when it passes. `skip` names rules
 * that do not apply to what the page is (an email shown inside a mail client's own page), each with its reason at the caller.
 */
export async function axeViolations(page: Page, skip: readonly string[] = []): Promise<string[]> {
  // Evaluated by the browser's debugger, not added as a <script>: the page's Content-Security-Policy
  // (served from its _headers, see ./serve.ts) refuses inline scripts, as it should.
  await page.evaluate((axeSource ??= readFileSync(AXE_SCRIPT, 'utf8')));
  const violations = await page.evaluate(async (skipped) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const rules = Object.fromEntries(skipped.map((id) => [id, { enabled: false }]));
    const results = await axe.run(document, { resultTypes: ['violations'], rules });
    return results.violations as AxeViolation[];
  }, skip);
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ')})` : ''}`),
  );
}
