/**
 * `edition email` and `edition send` as an editor runs them: the seed
 * edition's email printed as HTML, text or a whole .eml (read back with
 * mailparser), and a real SMTP exchange with an in-process server on
 * 127.0.0.1 that receives the test send.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { attribute, parseHtml, textOf } from '../helpers/html.js';
import { seedProject } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';

const PERMALINK = 'https://globalpost.example.com/2024/03/12/punching-back/';
/** The sender and server come from the settings here, whatever the machine running the tests has set. */
const CLEAN = { EMAIL_FROM: '', SMTP_URL: '' };

let root: string;

beforeAll(async () => {
  root = await seedProject();
});

afterAll(() => removeTemp(root));

/** The seed project with its email settings changed by `edit`, in a project of its own. */
async function seedWith(edit: (settings: string) => string): Promise<string> {
  const project = await seedProject();
  const path = join(project, 'content/site.yml');
  await writeFile(path, edit(await readFile(path, 'utf8')));
  return project;
}

function header(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, '');
}

/** What a client needs of a received message: both parts, no audio or script, every link absolute. */
function expectMailClientReady(mail: ParsedMail): void {
  expect(mail.subject).toBe('Punching Back');
  expect(mail.text).toMatch(/^View in your browser\s+<https:\/\/globalpost\.example\.com\/2024\/03\/12\/punching-back\/>/);
  const html = parseHtml(String(mail.html));
  expect(html.text('h1')).toBe('Punching Back');
  expect(html.all('audio, video, script')).toEqual([]);
  const urls = html.all('[href], [src]').flatMap((element) => [attribute(element, 'href'), attribute(element, 'src')]).filter((url) => url !== undefined);
  expect(urls.filter((url) => !url.startsWith('https://'))).toEqual(['*|UNSUB|*']);
}

describe('edition email', () => {
  it("should print the latest edition's email as HTML", async () => {
    const run = await runCli(['email'], { cwd: root, env: CLEAN });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const html = parseHtml(run.stdout);
    expect(html.text('h1')).toBe('Punching Back');
    expect(html.attr('.email-browser-link a', 'href')).toBe(PERMALINK);
  });

  it('should take the newest edition by default, not the oldest or the first file', async () => {
    const project = await seedProject();
    try {
      const editions = join(project, 'content/editions');
      const older = (headline: string, day: string) =>
        `---\nheadline: ${headline}\ndate: 2024-03-${day}T07:00:00-04:00\nsummary: A day of news.\n---\nThe news of the day, with [a link that no URL parser reads](//[) in it.\n`;
      await writeFile(join(editions, '2024-03-01-an-older-day.md'), older('An Older Day', '01'));
      await writeFile(join(editions, '2024-03-20-the-newest-day.md'), older('The Newest Day', '20'));
      const run = await runCli(['email'], { cwd: project, env: CLEAN });
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const html = parseHtml(run.stdout);
      expect(html.text('h1')).toBe('The Newest Day');
      // A link the web page keeps as written becomes text in the email: a mail client is given no address it cannot read.
      const link = html.all('a').find((a) => textOf(a) === 'a link that no URL parser reads');
      expect(link).toBeDefined();
      expect(attribute(link!, 'href')).toBeUndefined();
    } finally {
      await removeTemp(project);
    }
  });

  it('should print the plain text, the same edition named by permalink, address, file or slug', async () => {
    const runs = await Promise.all(
      ['2024/03/12/punching-back/', PERMALINK, 'content/editions/2024-03-12-punching-back.md', 'punching-back'].map((which) => runCli(['email', which, '--format', 'text'], { cwd: root, env: CLEAN })),
    );
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe(runs[0]!.stdout);
    }
    expect(runs[0]!.stdout).toContain("Listen to Today's Edition");
  });

  it('should write an .eml with both parts, From, Subject and List-Unsubscribe, and no one-click header for a mailto: address', async () => {
    const run = await runCli(['email', '--format', 'eml', '--out', 'brief.eml'], { cwd: root, env: CLEAN });
    expect(run).toMatchObject({ code: 0, stdout: 'brief.eml\n', stderr: '' });
    const mail = await simpleParser(await readFile(join(root, 'brief.eml')));
    expectMailClientReady(mail);
    expect(mail.from?.value).toEqual([{ name: 'GlobalPost', address: 'brief@globalpost.example.com' }]);
    expect(header(mail, 'list-unsubscribe')).toBe('<mailto:unsubscribe@globalpost.example.com>');
    expect(header(mail, 'list-unsubscribe-post')).toBeUndefined();
  });

  it('should add List-Unsubscribe-Post for an https address that takes the one-click POST', async () => {
    const project = await seedWith((text) => text.replace('mailto:unsubscribe@globalpost.example.com', 'https://lists.example.com/unsubscribe/globalpost\n  one_click: true'));
    const run = await runCli(['email', '--format', 'eml'], { cwd: project, env: CLEAN });
    expect(run.code, run.stderr).toBe(0);
    const mail = await simpleParser(run.stdout);
    expect(header(mail, 'list-unsubscribe')).toBe('<https://lists.example.com/unsubscribe/globalpost>');
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  });

  it('should leave both headers out when the settings name no List-Unsubscribe address, and take the sender from EMAIL_FROM', async () => {
    const project = await seedWith((text) => text.replace(/\n {2}list_unsubscribe: .*/, ''));
    const run = await runCli(['email', '--format', 'eml'], { cwd: project, env: { EMAIL_FROM: 'Desk <desk@globalpost.example.com>' } });
    expect(run.code, run.stderr).toBe(0);
    const mail = await simpleParser(run.stdout);
    expect(mail.from?.value).toEqual([{ name: 'Desk', address: 'desk@globalpost.example.com' }]);
    expect([header(mail, 'list-unsubscribe'), header(mail, 'list-unsubscribe-post')]).toEqual([undefined, undefined]);
  });

  it('should say in one line what is wrong: an edition that is not there, no sender, no settings, a format it does not make', async () => {
    const missing = await runCli(['email', '2024/03/12/punching-bak/'], { cwd: root, env: CLEAN });
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toBe(
      'No published edition has the permalink, file or slug "2024/03/12/punching-bak/". Did you mean "2024/03/12/punching-back/"? Give a permalink such as 2024/03/12/punching-back/, or leave EDITION out for the latest.\n',
    );
    const noSender = await runCli(['email', '--format', 'eml'], { cwd: await seedWith((text) => text.replace(/\n {2}from: .*/, '')), env: CLEAN });
    expect(noSender).toMatchObject({ code: 1, stdout: '' });
    expect(noSender.stderr).toMatch(/^A message needs a sender: set "from" in the email settings of content\/site\.yml, or EMAIL_FROM=/);
    const noSettings = await runCli(['email'], { cwd: await seedWith((text) => text.slice(0, text.indexOf('# The email edition'))), env: CLEAN });
    expect(noSettings).toMatchObject({ code: 1, stdout: '' });
    expect(noSettings.stderr).toMatch(/^This site has no email settings: add an "email:" block to content\/site\.yml/);
    const format = await runCli(['email', '--format', 'pdf'], { cwd: root, env: CLEAN });
    expect(format).toMatchObject({ code: 2, stderr: '--format must be html, text or eml, not "pdf".\n' });
  });
});

describe('edition send', () => {
  let server: SMTPServer;
  let url: string;
  const received: { from: string; to: string[]; user: string | undefined; raw: Buffer }[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      // A test server on 127.0.0.1: no TLS to negotiate, the login accepted and recorded.
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: true,
      logger: false,
      onAuth(auth, _session, callback) {
        callback(null, { user: auth.username });
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const envelope = session.envelope;
          received.push({
            from: envelope.mailFrom ? envelope.mailFrom.address : '',
            to: envelope.rcptTo.map((rcpt) => rcpt.address),
            user: session.user as string | undefined,
            raw: Buffer.concat(chunks),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `smtp://editor:s3cret@127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  it('should send one message to exactly the addresses given, with both parts, and say what it sent', async () => {
    received.length = 0;
    const run = await runCli(['send', '--to', 'editor@example.org,desk@example.org'], { cwd: root, env: { ...CLEAN, SMTP_URL: url } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Sent "Punching Back" to editor@example\.org, desk@example\.org \(message id <[^>]+@globalpost\.example\.com>\)\.\n$/);
    expect(`${run.stdout}${run.stderr}`).not.toContain('s3cret');
    expect(received).toHaveLength(1);
    const [message] = received;
    expect([message!.from, message!.to, message!.user]).toEqual(['brief@globalpost.example.com', ['editor@example.org', 'desk@example.org'], 'editor']);
    const mail = await simpleParser(message!.raw);
    expectMailClientReady(mail);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('editor@example.org, desk@example.org');
    expect([mail.cc, mail.bcc]).toEqual([undefined, undefined]);
    expect(header(mail, 'list-unsubscribe')).toBe('<mailto:unsubscribe@globalpost.example.com>');
    expect(run.stdout).toContain(mail.messageId!);
  });

  it('should take --to more than once', async () => {
    received.length = 0;
    const run = await runCli(['send', '2024/03/12/punching-back/', '--to', 'editor@example.org', '--to', 'list@example.org'], { cwd: root, env: { ...CLEAN, SMTP_URL: url } });
    expect(run.code, run.stderr).toBe(0);
    expect(received.map((message) => message.to)).toEqual([['editor@example.org', 'list@example.org']]);
  });

  it('should refuse to run without --to, or with an address that is not one, and send nothing', async () => {
    received.length = 0;
    const none = await runCli(['send'], { cwd: root, env: { ...CLEAN, SMTP_URL: url } });
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toBe('"edition send" needs --to with the addresses to send to, e.g. --to editor@example.org; it never sends to anyone else.\n');
    const bad = await runCli(['send', '--to', 'editor@example.org,Desk'], { cwd: root, env: { ...CLEAN, SMTP_URL: url } });
    expect(bad).toMatchObject({ code: 2, stderr: '--to must be email addresses separated by commas; "Desk" is not one.\n' });
    expect(received).toEqual([]);
  });

  it('should say how to set SMTP_URL when it is missing, and name the server, not the password, when it cannot send', async () => {
    const missing = await runCli(['send', '--to', 'editor@example.org'], { cwd: root, env: CLEAN });
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toMatch(/^Set SMTP_URL to the mail server to send through, e.g\. SMTP_URL=smtp:\/\//);
    // A port nothing listens on: the one the test server had, closed, would race; port 9 (discard) is closed here.
    const refused = await runCli(['send', '--to', 'editor@example.org'], { cwd: root, env: { ...CLEAN, SMTP_URL: 'smtp://editor:s3cret@127.0.0.1:9' } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Could not send through smtp:\/\/127\.0\.0\.1:9: .+ Nothing was sent\.\n$/);
    expect(refused.stderr).not.toContain('s3cret');
  });
});
