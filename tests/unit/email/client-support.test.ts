/**
 * The email edition against the caniemail data (@jsx-email/doiuse-email) for
 * the mail clients most readers use: Gmail, Apple Mail and Outlook for
 * Windows. Every feature a client does not support, or supports in part,
 * must be one we meant to use, for the reason given beside it: each is either
 * an improvement where it works that costs nothing where it does not, or the
 * way around a client's limit. Checked on the seed edition and on an edition
 * with a picture, a table and a footnote.
 */
import { doIUseEmail } from '@jsx-email/doiuse-email';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOf, richEmailFiles } from '../../helpers/email.js';
import { makeProject, seedProject } from '../../helpers/site.js';
import { removeTemp } from '../../helpers/temp.js';

const FAMILIES = { gmail: 'gmail.*', 'apple-mail': 'apple-mail.*', 'outlook-windows': 'outlook.windows' } as const;
type Family = keyof typeof FAMILIES;

/** Features a client does not support at all: feature → the clients, as doiuse-email names them. */
const UNSUPPORTED: Record<Family, Record<string, string[]>> = {
  gmail: {
    // The phone layout and dark mode; Gmail's mobile web view shows the 600 px column as it is, in light colours.
    '@media': ['gmail.mobile-webmail'],
    // Hides the inbox preview in the body; there the preview is also 1 px, in the page colour and zero high.
    'display:none': ['gmail.mobile-webmail'],
  },
  'apple-mail': {},
  'outlook-windows': {
    // As in Gmail's mobile web view: Outlook reads the [if mso] 600 px table instead of the phone rules.
    '@media': ['outlook.windows'],
    // Round corners of the subscribe button; Outlook draws it square, in the same colours.
    'border-radius': ['outlook.windows'],
    // The preview's overflow: hidden (Outlook hides it with mso-hide: all) and a wide table's scrolling.
    overflow: ['outlook.windows'],
  },
};

/**
 * Features supported in part. None is needed for the email to read right: each partial support
 * concerns values or elements the email does not use (negative margins, rem, flex, start/end on
 * old Gmail apps, the <body> Gmail replaces by a <div>), or only refines the layout.
 */
const PARTIAL: Record<Family, string[]> = {
  gmail: ['<body> element', '@media', 'dir attribute', 'display', 'margin', 'text-align', 'text-decoration'],
  'apple-mail': ['max-width', 'overflow'],
  'outlook-windows': [
    'border',
    'dir attribute',
    'display',
    'display:none',
    'font-size',
    'font-weight',
    'height attribute',
    'letter-spacing',
    'line-height',
    'margin',
    'max-width',
    'padding',
    'text-align',
    'text-decoration',
    'text-transform',
    'width attribute',
  ],
};

/** doiuse-email's sentences ("`@media` is not supported by `gmail.ios`") as feature → clients. */
function byFeature(messages: readonly string[] = []): Record<string, string[]> {
  const found: Record<string, Set<string>> = {};
  for (const message of messages) {
    const match = /^`(.+?)` is (?:not|only partially) supported by `(.+?)`$/.exec(message);
    if (!match) throw new Error(`an unexpected report: ${message}`);
    (found[match[1]!] ??= new Set()).add(match[2]!);
  }
  return Object.fromEntries(Object.entries(found).map(([feature, clients]) => [feature, [...clients].sort()]));
}

const roots: string[] = [];
const emails: Record<string, string> = {};

beforeAll(async () => {
  roots.push(await seedProject(), await makeProject(await richEmailFiles()));
  emails.seed = (await emailOf(roots[0]!)).html;
  emails.rich = (await emailOf(roots[1]!)).html;
});

afterAll(async () => {
  for (const root of roots) await removeTemp(root);
});

describe.each(['seed', 'rich'])('the %s edition email in caniemail', (name) => {
  it.each(Object.keys(FAMILIES) as Family[])('should use no feature %s lacks that it does not mean to', (family) => {
    const result = doIUseEmail(emails[name]!, { emailClients: [FAMILIES[family]] });
    expect(byFeature(result.errors)).toEqual(UNSUPPORTED[family]);
    expect(Object.keys(byFeature(result.warnings)).filter((feature) => !PARTIAL[family].includes(feature))).toEqual([]);
  });
});
