/**
 * Front matter `translations`, once every edition is known: each entry must be
 * the permalink of another edition in another language. Editions joined by
 * them tell one story, whichever names which: if A names B, B's page links A
 * too, and if A also names C, B and C link each other (search engines want
 * every version to list every other). One story has one edition per language.
 */
import { posix } from 'node:path';
import { error } from '../../diagnostics.js';
import type { Diagnostic, RenderedEdition, TranslationRef } from '../../model/index.js';
import { compareCodeUnits } from '../../util/compare.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { quoted } from '../../util/text.js';
import { safeDecode } from '../../util/urls.js';

export interface Translations {
  diagnostics: Diagnostic[];
  /** For each published edition with translations (by file): the other published ones, by language. */
  groups: ReadonlyMap<string, readonly RenderedEdition[]>;
}

/**
 * Resolve the translations of `editions` (every edition read, drafts too, so
 * `edition check` finds what a later build would), and group the `published`
 * ones. With `incomplete`, some edition files could not be read (a keepGoing
 * build): a permalink that matches none may be theirs and is not reported.
 */
export function linkTranslations(
  editions: readonly RenderedEdition[],
  published: readonly RenderedEdition[],
  options: { siteLanguage: string; incomplete: boolean },
): Translations {
  const diagnostics: Diagnostic[] = [];
  const groups = new Map<string, readonly RenderedEdition[]>();
  const naming = editions.filter((edition) => edition.translations).sort((a, b) => compareCodeUnits(a.file, b.file));
  if (naming.length === 0) return { diagnostics, groups };

  const languageOf = (edition: RenderedEdition) => edition.language ?? options.siteLanguage;
  const byPermalink = new Map<string, RenderedEdition>();
  for (const edition of editions) if (!byPermalink.has(edition.url)) byPermalink.set(edition.url, edition);
  // Stories as a union-find forest: each edition points towards its story's root, which holds the story's editions by language.
  const parent = new Map<RenderedEdition, RenderedEdition>();
  const stories = new Map<RenderedEdition, Map<string, RenderedEdition>>();
  const rootOf = (edition: RenderedEdition): RenderedEdition => {
    let root = edition;
    for (let up = parent.get(root); up; up = parent.get(root)) root = up;
    if (root !== edition) parent.set(edition, root);
    return root;
  };
  const storyOf = (root: RenderedEdition) => stories.get(root) ?? new Map([[languageOf(root), root]]);

  for (const edition of naming) {
    edition.translations!.forEach((ref, index) => {
      const refuse = (message: string, hint: string) =>
        diagnostics.push(error({ code: 'invalid-field', file: edition.file, ...(ref.line ? { line: ref.line } : {}), field: `translations[${index}]`, message, hint }));
      const field = `"translations[${index}]"`;
      const target = byPermalink.get(permalinkOf(ref));
      if (!target) {
        if (!options.incomplete) refuse(`${field} must be the permalink of an edition of this site, found ${quoted(ref.permalink)}, which no edition has.`, unknownHint(ref, edition, editions));
        return;
      }
      if (target === edition) {
        refuse(`${field} must name another edition, found ${quoted(ref.permalink)}, this edition's own permalink.`, 'Remove it: list only the editions of this story in other languages.');
        return;
      }
      const [own, theirs] = [languageOf(edition), languageOf(target)];
      if (own === theirs) {
        refuse(
          `${field} must be an edition in another language than this one's, found ${quoted(ref.permalink)}, which is in ${languageName(theirs)} too.`,
          'A translation is this story in another language: give that edition its own "language:", or remove this entry.',
        );
        return;
      }
      const [mine, other] = [rootOf(edition), rootOf(target)];
      if (mine === other) return;
      const [story, joining] = [storyOf(mine), storyOf(other)];
      const clash = [...joining.keys()].find((language) => story.has(language));
      if (clash !== undefined) {
        const [a, b] = [story.get(clash)!, joining.get(clash)!];
        refuse(
          `${field} must be an edition in a language this story has no edition in yet, found ${quoted(ref.permalink)}; with it, ${a.url} and ${b.url} would both be the story in ${languageName(clash)}.`,
          'A story has one edition per language: keep only one of them among the translations.',
        );
        return;
      }
      for (const [language, member] of joining) story.set(language, member);
      parent.set(other, mine);
      stories.set(mine, story);
      stories.delete(other);
    });
  }

  const isPublished = new Set(published);
  for (const edition of published) {
    const story = stories.get(rootOf(edition));
    if (!story) continue;
    const others = [...story].sort(([a], [b]) => compareCodeUnits(a, b)).flatMap(([, member]) => (member !== edition && isPublished.has(member) ? [member] : []));
    if (others.length > 0) groups.set(edition.file, others);
  }
  return { diagnostics, groups };
}

/**
 * A permalink as an editor may write it: with or without the leading and the trailing slash,
 * copied from the address bar (percent-encoded) or typed on a Mac (decomposed letters).
 */
function permalinkOf(ref: TranslationRef): string {
  const path = safeDecode(ref.permalink).normalize('NFC').replace(/^\/+/, '');
  return path.endsWith('/') ? path : `${path}/`;
}

function unknownHint(ref: TranslationRef, edition: RenderedEdition, editions: readonly RenderedEdition[]): string {
  const others = editions.filter((other) => other !== edition);
  // An editor may name the file ("2024-03-12-contraataque.md") rather than the page.
  const written = ref.permalink.replace(/\.md$/, '');
  const byFile = others.find((other) => posix.basename(other.file, '.md') === written);
  const guess = byFile?.url ?? didYouMean(permalinkOf(ref), others.map((other) => other.url));
  const how = 'Name a translation by its permalink: the date of its address as YYYY/MM/DD/, then its slug';
  if (guess) return `Did you mean "${guess}"? ${how}.`;
  return `${how}, e.g. "${others[0]?.url ?? '2024/03/12/contraataque/'}".`;
}

/** "Arabic (ar)": messages are in English, and the tag is what the editor wrote. */
function languageName(language: string): string {
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language);
  return name && name !== language ? `${name} (${language})` : language;
}
