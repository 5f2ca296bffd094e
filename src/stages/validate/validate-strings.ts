/**
 * content/strings.yml: a newsroom's own wording for any message of the
 * catalogue, in the site's language. Keys are the catalogue's ("page.archive"),
 * written flat or nested (`page: { archive: … }`); a counted message takes one
 * text per plural form. Mistakes are errors that name the key; a language with
 * no built-in catalogue is a warning listing what stays English.
 */
import type { Diagnostic, FrontMatterDocument } from '../../model/index.js';
import { error, warning } from '../../diagnostics.js';
import { BUILT_IN, builtInCatalogue, isMessageKey, MESSAGE_KEYS, english, type Catalogue } from '../../i18n/catalogue.js';
import { categoriesOf, isCounted, isFormName, placeholdersOf, textsOf, type Message } from '../../i18n/message.js';
import { didYouMean } from '../../util/did-you-mean.js';

type Doc = Pick<FrontMatterDocument, 'file' | 'data' | 'locate'>;

/** The site's messages: built-in, then the file's over them; and every problem found. */
export function resolveStrings(language: string, doc: Doc | undefined): { messages: Catalogue; diagnostics: Diagnostic[] } {
  const builtIn = builtInCatalogue(language);
  const diagnostics: Diagnostic[] = [];
  const own = doc ? readOverrides(doc, language, diagnostics) : {};
  const messages = { ...builtIn.messages, ...own };
  if (!builtIn.found) {
    const english = MESSAGE_KEYS.filter((key) => !(key in own));
    if (english.length > 0) diagnostics.push(fallbackWarning(language, english, doc?.file));
  }
  return { messages, diagnostics };
}

function readOverrides(doc: Doc, language: string, diagnostics: Diagnostic[]): Partial<Catalogue> {
  const own: Partial<Catalogue> = {};
  const problem = (path: string[], message: string, hint: string) =>
    diagnostics.push(error({ code: 'invalid-strings', file: doc.file, ...doc.locate(path), ...(path.length ? { field: path.join('.') } : {}), message, hint }));
  const visit = (value: unknown, path: string[]) => {
    const key = path.join('.');
    if (isMessageKey(key)) {
      const message = readMessage(value, key, language, (m, h, form) => problem(form ? [...path, form] : path, m, h));
      if (message !== undefined) own[key] = message;
    } else if (isPlainMap(value) && MESSAGE_KEYS.some((known) => known.startsWith(`${key}.`) || key === '')) {
      for (const [name, inner] of Object.entries(value)) visit(inner, [...path, name]);
    } else {
      const guess = didYouMean(key, MESSAGE_KEYS);
      problem(path, `"${key}" is not a message Edition writes.`, guess ? `Did you mean "${guess}"?` : 'The README lists every message key (Languages).');
    }
  };
  if (doc.data === null || doc.data === undefined) return own;
  if (!isPlainMap(doc.data)) {
    problem([], 'strings.yml must be a list of message keys and their words.', 'For example:  page.archive: Archiv');
    return own;
  }
  visit(doc.data, []);
  return own;
}

/** One override checked against the English message of the same key: same kind, known placeholders, whole plural forms. */
type Problem = (message: string, hint: string, form?: string) => void;

function readMessage(value: unknown, key: keyof Catalogue, language: string, problem: Problem): Message | undefined {
  const reference = english[key];
  const allowed = new Set(textsOf(reference).flatMap((text) => namesIn(text)));
  const expected = allowed.size > 0 ? `It may use ${[...allowed].map((name) => `{${name}}`).join(', ')}.` : 'It has no placeholders.';
  const checkText = (text: string, form?: string): boolean => {
    const found = placeholdersOf(text);
    if ('malformed' in found) {
      problem(`The message "${key}" has a brace that is not a placeholder: "${found.malformed}".`, `Placeholders are a name in braces, such as {price}. ${expected}`, form);
      return false;
    }
    const unknown = found.names.find((name) => !allowed.has(name));
    if (unknown) problem(`The message "${key}" uses the placeholder {${unknown}}, which it is not given.`, expected, form);
    return !unknown;
  };
  if (typeof value === 'string' && value.trim() !== '') return checkText(value) ? value : undefined;
  if (isCounted(reference) && isPlainMap(value)) return readCounted(value, key, language, checkText, problem);
  const shape = isCounted(reference)
    ? `a text, or one text per plural form of the language (${categoriesOf(language).join(', ')})`
    : 'a text';
  problem(`The message "${key}" must be ${shape}; found ${describe(value)}.`, `English: ${JSON.stringify(textsOf(reference)[0])}`);
  return undefined;
}

function readCounted(
  value: Record<string, unknown>,
  key: string,
  language: string,
  checkText: (text: string, form: string) => boolean,
  problem: Problem,
): Message | undefined {
  const categories = categoriesOf(language);
  const forms: Record<string, string> = {};
  let ok = true;
  for (const [form, text] of Object.entries(value)) {
    if (!isFormName(form) || !(form.startsWith('=') || categories.includes(form))) {
      problem(`The message "${key}" has a form "${form}" that ${language} does not use.`, `Its forms are ${categories.join(', ')}, and exact counts such as "=1".`, form);
      ok = false;
    } else if (typeof text !== 'string' || text.trim() === '') {
      problem(`The form "${form}" of the message "${key}" must be a text; found ${describe(text)}.`, 'Write the words for that count.', form);
      ok = false;
    } else if (checkText(text, form)) forms[form] = text;
    else ok = false;
  }
  const missing = categories.filter((category) => !(category in forms));
  if (ok && missing.length > 0) {
    problem(`The message "${key}" has no text for the plural form${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`, `${language} counts with ${categories.join(', ')}: give each a text.`);
    return undefined;
  }
  return ok ? (forms as Message) : undefined;
}

function fallbackWarning(language: string, english: string[], file = 'content/site.yml'): Diagnostic {
  const sample = english.slice(0, 3).join(', ');
  return warning({
    code: 'untranslated',
    file,
    message: `Edition has no built-in words for "${language}": ${english.length} message${english.length > 1 ? 's' : ''} (${sample}${english.length > 3 ? '…' : ''}) will be in English.`,
    hint: `Built-in languages: ${Object.keys(BUILT_IN).join(', ')}. Write the rest in content/strings.yml (see the README, Languages).`,
  });
}

function namesIn(text: string): string[] {
  const found = placeholdersOf(text);
  return 'names' in found ? found.names : [];
}

const isPlainMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value === 'string' ? 'a text' : typeof value} ${JSON.stringify(value)}`;
}
