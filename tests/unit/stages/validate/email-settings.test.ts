/** The `email:` block of site.yml: its defaults per service, and every mistake's message at its line. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/model/index.js';
import { parseYamlFile } from '../../../../src/stages/read/parse-yaml-file.js';
import { resolveSiteConfig } from '../../../../src/stages/validate/validate-settings.js';

const SITE = 'title: GlobalPost\nurl: https://globalpost.example.com/\ndescription: Daily.\nfeed_items: 12\n';
const ADDRESS = '  address: GlobalPost, 1 Example Plaza, New York, NY 10001, USA\n';

function resolve(email: string) {
  const parsed = parseYamlFile({ path: 'content/site.yml', text: `${SITE}email:\n${email}` });
  if (!parsed.ok) throw new Error('YAML');
  return resolveSiteConfig(parsed.document);
}

function settings(email: string) {
  const result = resolve(email);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.config.email!;
}

function problems(email: string): Pick<Diagnostic, 'code' | 'field' | 'line' | 'message' | 'hint'>[] {
  const result = resolve(email);
  if (result.ok) throw new Error('expected problems');
  return result.diagnostics.map(({ code, field, line, message, hint }) => ({ code, field, line, message, ...(hint ? { hint } : {}) }));
}

describe('the email settings', () => {
  it("should default the unsubscribe link to the service's merge tag, and the editions to the feeds'", () => {
    expect(settings(`  service: mailchimp\n${ADDRESS}`)).toEqual({
      service: 'mailchimp',
      address: 'GlobalPost, 1 Example Plaza, New York, NY 10001, USA',
      unsubscribeUrl: '*|UNSUB|*',
      oneClick: false,
      editions: 12,
    });
    expect(settings(`  service: buttondown\n${ADDRESS}`).unsubscribeUrl).toBe('{{ unsubscribe_url }}');
  });

  it('should take the unsubscribe link of an smtp list from unsubscribe_url, else from list_unsubscribe', () => {
    expect(settings(`  service: smtp\n${ADDRESS}  unsubscribe_url: https://globalpost.example.com/unsubscribe\n`).unsubscribeUrl).toBe('https://globalpost.example.com/unsubscribe');
    expect(settings(`  service: smtp\n${ADDRESS}  list_unsubscribe: mailto:leave@globalpost.example.com\n`).unsubscribeUrl).toBe('mailto:leave@globalpost.example.com');
  });

  it('should keep every other setting as written', () => {
    const email = settings(
      `  service: mailchimp\n${ADDRESS}  unsubscribe_url: "%%unsubscribe_url%%"\n  list_unsubscribe: https://lists.example.com/u/1\n  one_click: true\n  from: '"GlobalPost, Inc." <brief@globalpost.example.com>'\n  editions: all\n`,
    );
    expect(email).toMatchObject({ unsubscribeUrl: '%%unsubscribe_url%%', listUnsubscribe: 'https://lists.example.com/u/1', oneClick: true, from: '"GlobalPost, Inc." <brief@globalpost.example.com>', editions: 'all' });
  });

  it('errors on an unknown service, naming the ones it knows', () => {
    expect(problems(`  service: sendgrid\n${ADDRESS}`)).toEqual([
      {
        code: 'invalid-field',
        field: 'email.service',
        line: 6,
        message: '"email.service" must be "mailchimp", "buttondown" or "smtp" (any other list: your own list software, or edition send), found "sendgrid".',
      },
    ]);
  });

  it('errors on a missing address, saying why an email needs one', () => {
    const [problem] = problems('  service: mailchimp\n');
    expect(problem).toMatchObject({ field: 'email.address', line: 5, message: expect.stringMatching(/^The required field "email.address" is missing: expected the publication's postal address/) });
    expect(problem!.hint).toMatch(/CAN-SPAM/);
  });

  it('errors on one_click with a mailto: address, or none, since the one-click POST goes to https', () => {
    expect(problems(`  service: mailchimp\n${ADDRESS}  list_unsubscribe: mailto:leave@globalpost.example.com\n  one_click: true\n`)).toEqual([
      {
        code: 'invalid-field',
        field: 'email.one_click',
        line: 9,
        message: '"email.one_click" is true, but list_unsubscribe is "mailto:leave@globalpost.example.com", not an https:// address: one-click unsubscribing POSTs to an https:// address.',
        hint: "Set list_unsubscribe to an https:// endpoint that unsubscribes on a POST (your mailing service's, or one you run; a static site cannot), or remove one_click.",
      },
    ]);
    expect(problems(`  service: mailchimp\n${ADDRESS}  one_click: true\n`).map((p) => p.message)).toEqual([
      '"email.one_click" is true, but list_unsubscribe is not set: one-click unsubscribing POSTs to an https:// address.',
    ]);
  });

  it('errors on an smtp list with no unsubscribe link at all', () => {
    expect(problems(`  service: smtp\n${ADDRESS}`)).toEqual([
      expect.objectContaining({ field: 'email.unsubscribe_url', line: 5, message: '"email.unsubscribe_url" is missing: with service: smtp no service fills in an unsubscribe link.' }),
    ]);
  });

  it('errors on an unsubscribe link that is neither a merge tag nor an absolute address', () => {
    for (const url of ['unsubscribe/', '*|UN SUB|*', 'javascript:alert(1)', '<%asm_group_unsubscribe_raw_url%>']) {
      expect(problems(`  service: mailchimp\n${ADDRESS}  unsubscribe_url: "${url}"\n`).map((p) => [p.field, p.line])).toEqual([['email.unsubscribe_url', 8]]);
    }
  });

  it('errors on a List-Unsubscribe address that is not mailto: or https:, a sender that is not one address, and a bad count', () => {
    const found = problems(`  service: mailchimp\n${ADDRESS}  list_unsubscribe: http://lists.example.com/u\n  from: GlobalPost\n  editions: 0\n`);
    expect(found.map((p) => [p.field, p.line])).toEqual([
      ['email.list_unsubscribe', 8],
      ['email.from', 9],
      ['email.editions', 10],
    ]);
    expect(found[1]!.message).toBe('"email.from" must be the sender, as "Name <address@example.org>" or "address@example.org", found "GlobalPost".');
  });

  it('errors on an unknown key, listing the fields of the email block', () => {
    expect(problems(`  service: mailchimp\n${ADDRESS}  form: brief@globalpost.example.com\n`)).toEqual([
      {
        code: 'unknown-field',
        field: 'email.form',
        line: 8,
        message: 'Unknown field "email.form". Did you mean "from"?',
        hint: 'Known fields here: service, address, unsubscribe_url, list_unsubscribe, one_click, from, editions.',
      },
    ]);
  });
});
