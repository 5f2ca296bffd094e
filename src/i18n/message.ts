/**
 * One message of a catalogue, and how it is filled in. A message is a whole
 * sentence with named placeholders ("{price}"), never glued from pieces,
 * because word order differs by language. A counted message has one text per
 * plural category of the language (Intl.PluralRules: Arabic has six), and may
 * name exact counts as ICU does ("=2": "a two-week trial").
 */

import type { CountedMessage, Message, PluralCategory } from '../model/index.js';
import { BoundedMap } from '../util/bounded-map.js';

export type { Message };

/** Values for a message's placeholders: numbers are written in the language's digits and separators. */
export type MessageValues = Record<string, string | number>;

const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;
const CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

export const isCounted = (message: Message): message is CountedMessage => typeof message !== 'string';

/** The texts of a message: one, or one per plural form. */
export const textsOf = (message: Message): string[] => (isCounted(message) ? Object.values(message) : [message]);

/** The placeholder names a message text uses, in order, or the first malformed brace in it. */
export function placeholdersOf(text: string): { names: string[] } | { malformed: string } {
  const names: string[] = [];
  const rest = text.replace(PLACEHOLDER, (_, name: string) => {
    names.push(name);
    return '';
  });
  const brace = /[{}][^{}]{0,20}/.exec(rest);
  if (brace) return { malformed: brace[0].startsWith('{') ? brace[0] : `…${brace[0][0]}` };
  return { names };
}

/** A form name a counted message may have: a plural category or an exact count. */
export const isFormName = (name: string) => CATEGORIES.includes(name) || /^=\d+$/.test(name);

/** Fill in a message for `language`. A placeholder without a value is a mistake in a template: it throws. */
export function formatMessage(message: Message, values: MessageValues, language: string): string {
  const text = isCounted(message) ? chooseForm(message, values.count, language) : message;
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null) throw new Error(`the message needs a value for {${name}}`);
    return typeof value === 'number' ? numberFormat(language).format(value) : String(value);
  });
}

function chooseForm(message: CountedMessage, count: unknown, language: string): string {
  if (typeof count !== 'number') throw new Error('a counted message needs a number for {count}');
  return message[`=${count}`] ?? message[pluralRules(language).select(count) as PluralCategory] ?? message.other;
}

/** The plural categories of a language in CLDR's order (zero, one, two, few, many, other), for messages to editors. */
export const categoriesOf = (language: string): string[] => {
  const used = pluralRules(language).resolvedOptions().pluralCategories as string[];
  return CATEGORIES.filter((category) => used.includes(category));
};

// Made once per language: a build fills in thousands of messages. Bounded: a long preview sees every language tag typed.
const rules = new BoundedMap<string, Intl.PluralRules>(64);
const numbers = new BoundedMap<string, Intl.NumberFormat>(64);
export const pluralRules = (language: string) => remembered(rules, language, () => new Intl.PluralRules(language));
const numberFormat = (language: string) => remembered(numbers, language, () => new Intl.NumberFormat(language));

function remembered<T>(memo: BoundedMap<string, T>, key: string, make: () => T): T {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = make()));
  return value;
}
