/**
 * Every built-in catalogue says everything English says, with the same
 * placeholders, and a counted message has a text for every plural form its
 * language has: a missing one would show English, or the wrong grammar, to readers.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN, MESSAGE_KEYS, english } from '../../../src/i18n/catalogue.js';
import { isCounted, isFormName, placeholdersOf, textsOf, type Message } from '../../../src/i18n/message.js';

const names = (text: string) => {
  const found = placeholdersOf(text);
  if ('malformed' in found) throw new Error(`malformed placeholder ${found.malformed} in ${JSON.stringify(text)}`);
  return [...new Set(found.names)].sort();
};
const placeholders = (message: Message) => [...new Set(textsOf(message).flatMap(names))].sort();
/**
 * A counted text may say its number in words instead of {count}: "=2" in English ("a two-week trial"),
 * and Arabic's forms "one" and "two", which hold one number each ("إصداران", two editions). Every other
 * placeholder it must keep.
 */
const required = (message: Message, reference: Message) => placeholders(reference).filter((name) => !(isCounted(message) && name === 'count'));

describe.each(Object.entries(BUILT_IN))('the %s catalogue', (language, catalogue) => {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];

  it('should have exactly the keys of the English one', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...MESSAGE_KEYS].sort());
  });

  it.each(MESSAGE_KEYS)('should give "%s" the same placeholders as English', (key) => {
    const message = catalogue[key];
    expect(isCounted(message), 'counted in English, counted here').toBe(isCounted(english[key]));
    for (const text of textsOf(message)) {
      expect(names(text).filter((name) => name !== 'count' || !isCounted(message)), JSON.stringify(text)).toEqual(required(message, english[key]));
      expect(placeholders(english[key]), `${JSON.stringify(text)} uses a placeholder English does not give`).toEqual(expect.arrayContaining(names(text)));
    }
    if (isCounted(message)) expect(names(message.other), `${key}: the "other" form holds many numbers`).toContain('count');
    for (const text of textsOf(message)) expect(text.trim(), `empty text in ${key}`).not.toBe('');
  });

  it(`should count with every plural form ${language} has, and no other`, () => {
    for (const key of MESSAGE_KEYS.filter((k) => isCounted(english[k]))) {
      const forms = Object.keys(catalogue[key]);
      expect(forms.every(isFormName), `${key}: ${forms.join(', ')}`).toBe(true);
      expect(forms.filter((form) => !form.startsWith('=')).sort(), key).toEqual([...categories].sort());
    }
  });
});

it('should know Arabic has six plural forms, so the test above checks all of them', () => {
  expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories).toHaveLength(6);
});
