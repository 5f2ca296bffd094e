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

/** Every axe rule (WCAG A/AA and best practices) on the whole page; [] when it passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugger, not added as a <script>: the page's Content-Security-Policy
  // (served from its _headers, see ./serve.ts) refuses inline scripts, as it should.
  await page.evaluate((axeSource ??= readFileSync(AXE_SCRIPT, 'utf8')));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations as AxeViolation[];
  });
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ')})` : ''}`),
  );
}
