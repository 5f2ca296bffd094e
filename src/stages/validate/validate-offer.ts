/** Front matter of content/offer.md → the subscription offer's typed fields. */
import * as z from 'zod/mini';
import type { Diagnostic, FrontMatterDocument, Offer } from '../../model/index.js';
import { checkWithSchema, type FieldDocs } from './schema-check.js';
import { isHttpUrl } from '../../util/urls.js';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const fields: FieldDocs = {
  headline: { expected: 'a short line above the pitch' },
  price: { expected: 'a positive number without a currency sign, e.g. 32.95' },
  currency: { expected: 'an ISO 4217 currency code such as USD, EUR or GBP' },
  period: { expected: '"year" or "month", what the price pays for' },
  trial_days: { expected: 'a whole number of days, e.g. 14' },
  url: { expected: 'an absolute http(s) URL of the subscription page' },
  cta: { expected: 'the subscribe button text, e.g. "Subscribe"' },
};

const text = z.string().check(z.trim(), z.minLength(1));

const schema = z.strictObject({
  headline: z.optional(text),
  // Finite: zod's number refuses Infinity and NaN.
  price: z.number().check(z.positive()),
  currency: z.string().check(z.refine((code) => CURRENCIES.has(code))),
  period: z.enum(['year', 'month']),
  trial_days: z.optional(z.int().check(z.positive())),
  url: z.string().check(z.refine(isHttpUrl)),
  cta: text,
});

/** The offer without its pitch HTML, which the Markdown stage renders from `body`, and its formatted terms. */
export type OfferFields = Omit<Offer, 'pitchHtml' | 'terms'> & { body: string; bodyLine: number };

export function validateOffer(
  doc: FrontMatterDocument,
): { ok: true; offer: OfferFields } | { ok: false; diagnostics: Diagnostic[] } {
  const checked = checkWithSchema(doc, schema, fields);
  if (!checked.ok) return checked;
  const fm = checked.value;
  return {
    ok: true,
    offer: {
      file: doc.file,
      price: fm.price,
      currency: fm.currency,
      period: fm.period,
      url: fm.url,
      cta: fm.cta,
      body: doc.body,
      bodyLine: doc.bodyLine,
      ...(fm.headline ? { headline: fm.headline } : {}),
      ...(fm.trial_days ? { trialDays: fm.trial_days } : {}),
    },
  };
}
