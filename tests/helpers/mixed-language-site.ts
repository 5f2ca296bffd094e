/**
 * An English publication that runs one edition in Arabic, a translation of
 * the day before's English edition, between two English ones, all on one
 * topic: the case of issue 12.
 */
import { readFile } from 'node:fs/promises';
import { edition, makeProject, NARRATION, siteFiles } from './site.js';

/** Permalinks, oldest first. */
export const OLDER = '2024/03/10/grain-deal/';
export const ENGLISH = '2024/03/11/punching-back/';
export const ARABIC = '2024/03/12/hujum-mudad/';
export const NEWER = '2024/03/13/ceasefire-talks/';

export const ARABIC_HEADLINE = 'هجوم مضاد';
export const ARABIC_FILE = 'content/editions/2024-03-12-hujum-mudad.md';

/** The Arabic edition's file; `fields` replace its front matter fields (in place, so lines stay) or add to them. */
export function arabicEdition(fields: Record<string, string> = {}): string {
  return edition(
    {
      headline: ARABIC_HEADLINE,
      date: '2024-03-12',
      language: 'ar',
      tags: '[Ukraine]',
      audio: '{ src: media/brief.mp3, title: استمع إلى عدد اليوم }',
      translations: `[${ENGLISH}]`,
      ...fields,
    },
    'شنّت ميليشيات موالية لأوكرانيا هجوماً عبر الحدود على روسيا يوم الثلاثاء، بحسب [وكالة الصحافة الفرنسية](https://www.afp.com/ar).\n',
  );
}

/** The project's files: `files` replace or add to them (null leaves one out). */
export async function mixedLanguageFiles(files: Record<string, string | Buffer | null> = {}): Promise<Record<string, string | Buffer>> {
  return siteFiles({
    'content/media/brief.mp3': await readFile(NARRATION),
    'content/editions/2024-03-10-grain-deal.md': edition({ headline: 'Grain Deal', date: '2024-03-10', tags: '[Ukraine]' }),
    'content/editions/2024-03-11-punching-back.md': edition(
      { headline: 'Punching Back', date: '2024-03-11', tags: '[Ukraine]' },
      'Pro-Ukrainian militias launched a cross-border raid into Russia on Tuesday.\n',
    ),
    [ARABIC_FILE]: arabicEdition(),
    'content/editions/2024-03-13-ceasefire-talks.md': edition({ headline: 'Ceasefire Talks', date: '2024-03-13', tags: '[Ukraine]' }),
    ...files,
  });
}

/** Write the project into a temp folder and return its root. */
export async function mixedLanguageProject(files: Record<string, string | Buffer | null> = {}): Promise<string> {
  return makeProject(await mixedLanguageFiles(files));
}
