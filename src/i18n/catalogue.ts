/**
 * Which words a site uses: the built-in catalogue of its language, falling
 * back from region to base language ("de-AT" → "de") and then to English, with
 * the newsroom's own wording (content/strings.yml) over it.
 */
import { ar } from './catalogues/ar.js';
import { de } from './catalogues/de.js';
import { en, type Catalogue, type MessageKey } from './catalogues/en.js';
import { es } from './catalogues/es.js';
import { fr } from './catalogues/fr.js';
import { it } from './catalogues/it.js';
import { nl } from './catalogues/nl.js';
import { pt } from './catalogues/pt.js';
import type { MarkdownLabels, Messages } from '../model/index.js';
import { formatMessage, type MessageValues } from './message.js';
import { didYouMean } from '../util/did-you-mean.js';

export type { Catalogue, MessageKey };
export { en as english };

export const BUILT_IN: Readonly<Record<string, Catalogue>> = { en, de, fr, es, it, pt, nl, ar };
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

/** The built-in catalogue for a language tag, and whether one was found short of English. */
export function builtInCatalogue(language: string): { language: string; messages: Catalogue; found: boolean } {
  for (const tag of fallbackChain(language)) {
    const messages = BUILT_IN[tag];
    if (messages) return { language: tag, messages, found: true };
  }
  return { language: 'en', messages: en, found: false };
}

/** "de-Latn-AT" → ["de-latn-at", "de-latn", "de"]: each tag with its last subtag dropped in turn. */
function fallbackChain(language: string): string[] {
  const parts = language.toLowerCase().split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** A site's words: what templates and page plug-ins call to write any interface text. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const hintFor = (key: string) => {
  const guess = didYouMean(key, MESSAGE_KEYS);
  return guess ? ` (did you mean "${guess}"?)` : '';
};

export function translator(messages: Messages, language: string): Translate {
  return (key, values = {}) => {
    // Own keys only: "constructor" is no message, whatever Object.prototype says.
    if (!Object.hasOwn(messages, key)) throw new Error(`no message "${key}" in the catalogue${hintFor(key)}`);
    try {
      return formatMessage(messages[key]!, values, language);
    } catch (cause) {
      throw new Error(`the message "${key}": ${(cause as Error).message}`);
    }
  };
}

/**
 * The words rendered Markdown carries (footnotes, tables), as templates with
 * their placeholders: the render stage fills in each footnote's and table's.
 * These messages are never counted ones (validate-strings.ts keeps them texts).
 */
export function markdownLabels(messages: Messages): MarkdownLabels {
  const text = (key: MessageKey) => messages[key] as string;
  return { footnotes: text('markdown.footnotes'), backToReference: text('markdown.back_to_reference'), table: text('markdown.table') };
}
