/**
 * One edition as an email: its template applied (email.liquid, with the
 * edition's page data and the email settings), then finished for mail
 * clients (finish-email.ts), and a plain-text part made from the result.
 * Loaded only when an email is made: a warm build loads none of its libraries.
 */
import type { Diagnostic, EmailSettings, MediaFile, Page, RenderedEdition, SiteData, TemplateSet } from '../model/index.js';
import { editionView } from '../pages/edition-view.js';
import { wordsOf } from '../pages/site-words.js';
import { templateGlobals } from '../pages/template-globals.js';
import { createRenderer } from '../stages/apply/apply-templates.js';
import { EMAIL_TEMPLATE } from './email-templates.js';
import { finishEmail } from './finish-email.js';
import { imageSizes } from './image-sizes.js';
import { plainText } from './plain-text.js';

/** An edition's email: what a mailing service needs to send it. */
export interface Email {
  /** The subject line: the edition's headline. */
  subject: string;
  /** The inbox preview: the edition's summary. */
  preheader: string;
  html: string;
  text: string;
}

export type EmailResult = { ok: true; email: Email } | { ok: false; diagnostic: Diagnostic };

/** Set up the template engine and the words once; each email then costs its template, one parse and the inlining. */
export function emailMaker(site: SiteData, settings: EmailSettings, templates: TemplateSet): (edition: RenderedEdition) => Promise<EmailResult> {
  const render = createRenderer(templates, templateGlobals(site));
  const words = wordsOf(site);
  const media = new Map<string, MediaFile>(site.media.map((file) => [file.src, file]));
  const email = { address: settings.address, unsubscribe_url: settings.unsubscribeUrl };
  return async (edition) => {
    // The HTML read from the build's pack once, for the template and the pictures' sizes.
    const view = { ...editionView(edition, site) };
    const page: Page = {
      kind: 'email',
      url: edition.url,
      // As the edition's own page: a template's relative links resolve against its permalink.
      path: `${edition.url}index.html`,
      template: EMAIL_TEMPLATE,
      sources: [edition.file],
      data: () => ({}),
    };
    const rendered = render(page, { edition: view, email });
    if (!rendered.ok) return rendered;
    const images = await imageSizes(view.html, site, edition.file, media);
    const html = finishEmail(String(rendered.file.contents), {
      canonical: view.canonical,
      images,
      imageLink: (alt) => words('email.image_link', { alt }),
    });
    return { ok: true, email: { subject: edition.headline, preheader: view.description, html, text: plainText(html) } };
  };
}
