/**
 * An edition's `language` and `translations`: the language of its text, and
 * the editions that tell the same story in other languages. Which editions
 * those are is known only once every edition is read
 * (stages/plan/link-translations.ts); here each entry is recorded with its line.
 */
import * as z from 'zod/mini';
import type { FrontMatterDocument, TranslationRef } from '../../model/index.js';
import { isLanguageTag } from '../../util/language.js';
import type { FieldDocs } from './schema-check.js';

export const languageDocs: FieldDocs = {
  language: {
    expected: 'a BCP 47 language tag such as "ar", "es" or "en-GB"',
    hint: 'Write the language of this edition\'s text as its code, e.g. "ar" for Arabic; leave the field out when it is the site\'s language.',
  },
  translations: {
    expected: 'a list of permalinks of this story in other languages, e.g. [2024/03/12/contraataque/]',
    hint: 'Write them as a list: translations: [2024/03/12/contraataque/].',
  },
};

export const languageSchema = z.optional(z.string().check(z.refine(isLanguageTag)));
export const translationsSchema = z.optional(z.array(z.string().check(z.trim(), z.minLength(1))));

/** Each entry with its line; undefined when there are none. */
export function translationRefs(entries: readonly string[] | undefined, doc: Pick<FrontMatterDocument, 'locate'>): TranslationRef[] | undefined {
  if (!entries?.length) return undefined;
  return entries.map((permalink, index) => {
    const line = (doc.locate(['translations', index]) ?? doc.locate(['translations']))?.line;
    return { permalink, ...(line ? { line } : {}) };
  });
}
