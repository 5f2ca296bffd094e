/** html-validate with its recommended rules, as every output test uses it. */
import { HtmlValidate } from 'html-validate';

// Whitespace left by template tags on their own lines is cosmetic, not invalid.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-trailing-whitespace': 'off' } });

/** Problems as "path:line rule message"; [] when the page is valid. */
export async function validateHtml(html: string, path: string): Promise<string[]> {
  const report = await validator.validateString(html, path);
  return report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line} ${m.ruleId} ${m.message}`));
}
