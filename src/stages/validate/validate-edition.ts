/** Front matter of one edition → a typed Edition, or every problem with it. */
import { posix } from 'node:path';
import * as z from 'zod/mini';
import { error, warning } from '../../diagnostics.js';
import type { Diagnostic, Edition, FrontMatterDocument, SiteConfig } from '../../model/index.js';
import { parseEditionDate } from '../../util/dates.js';
import { AUDIO_EXTENSIONS, audioMimeType, TRANSCRIPT_EXTENSIONS, transcriptMimeType } from '../../util/media-types.js';
import { aliasesDoc, checkAliasEntries } from './aliases-field.js';
import { BoundedMap } from '../../util/bounded-map.js';
import { imageSchema } from './image-field.js';
import { languageDocs, languageSchema, translationRefs, translationsSchema } from './language-fields.js';
import { canonicalLanguage } from '../../util/language.js';
import { checkWithSchema, describe, type FieldDocs } from './schema-check.js';
import { isSlug, SLUG_MAX_BYTES, slugBytes, slugify, slugifyTag, splitFileName } from '../../util/slug.js';
import { safeRelativePath } from '../../util/urls.js';


/** A tag names a folder of the output, and file systems allow 255 bytes per name: 60 characters of 4 bytes at most. */
export const TAG_MAX = 60;

const fields: FieldDocs = {
  headline: { expected: 'the headline as text, e.g. "Punching Back"' },
  date: {
    expected: 'a date like 2024-03-12, optionally with a time and offset like 2024-03-12T07:00:00-04:00',
    hint: 'Write the date as YYYY-MM-DD; a real calendar date; a time is optional.',
  },
  summary: { expected: 'one or two sentences of plain text' },
  audio: {
    expected: `an audio file inside media/ (${AUDIO_EXTENSIONS.join(', ')}), e.g. "media/2024-03-12.mp3"`,
    hint: 'Write "audio:" then, indented, "src: media/<file>" and optionally "title: …".',
  },
  'audio.src': {
    expected: `a path inside media/ to an audio file (${AUDIO_EXTENSIONS.join(', ')}), e.g. "media/2024-03-12.mp3"`,
    hint: 'Paths are relative to content/ and cannot leave it.',
  },
  'audio.title': { expected: 'the label shown above the player' },
  transcript: {
    expected: `a path inside media/ to the narration's transcript (${TRANSCRIPT_EXTENSIONS.join(', ')}), e.g. "media/2024-03-12.vtt"`,
    hint: 'WebVTT (.vtt) is what Apple Podcasts reads; paths are relative to content/ and cannot leave it.',
  },
  image: { expected: 'a lead image: "src: media/<file>" and "alt: <description>"' },
  'image.src': { expected: 'a path inside media/ to a JPEG, PNG, WebP or GIF image' },
  'image.alt': {
    expected: 'a short description of the image for people who cannot see it',
    hint: 'Describe what the picture shows, e.g. "Smoke over the Kstovo refinery".',
  },
  updated: {
    expected: 'the date and time of the last correction, like 2024-03-12T15:30:00-04:00',
    hint: 'Leave it out unless the edition was corrected after publication.',
  },
  tags: { expected: 'a list of tags, e.g. [Ukraine, Energy]', hint: 'Write tags as a list: tags: [Ukraine, Energy].' },
  draft: { expected: 'true or false' },
  offer: { expected: 'false to hide the subscription offer on this edition (or true)' },
  slug: {
    expected: 'lowercase letters, digits and hyphens (letters of any script, Latin ones without accents), e.g. "punching-back" or "удар-в-ответ"',
    hint: 'The slug is the last part of the permalink; leave it out to take it from the file name.',
  },
  aliases: aliasesDoc,
  ...languageDocs,
};

const text = z.string().check(z.trim(), z.minLength(1));
/** A path inside media/ to a file of a type `typeOf` knows. */
const mediaPath = (typeOf: (path: string) => string | undefined) =>
  z.string().check(
    z.refine((src) => {
      const path = safeRelativePath(src);
      return path !== undefined && path.startsWith('media/') && typeOf(path) !== undefined;
    }),
  );
const audioPath = mediaPath(audioMimeType);

/** By time zone, the one setting makeSchema() reads; a build uses one, a long preview may see many spellings of it. */
export const schemas = new BoundedMap<string, ReturnType<typeof makeSchema>>(4);

/** Building a zod schema costs more than using it (10,000 editions: 8 s instead of 0.3 s); make one per time zone. */
function schemaFor(timeZone: string) {
  let schema = schemas.get(timeZone);
  if (!schema) schemas.set(timeZone, (schema = makeSchema(timeZone)));
  return schema;
}

function makeSchema(timeZone: string) {
  const date = z.string().check(z.refine((value) => parseEditionDate(value, timeZone) !== undefined));
  return z.strictObject({
    headline: text,
    date,
    summary: z.optional(text),
    audio: z.optional(z.union([audioPath, z.strictObject({ src: audioPath, title: z.optional(text) })])),
    transcript: z.optional(mediaPath(transcriptMimeType)),
    image: z.optional(imageSchema),
    updated: z.optional(date),
    tags: z._default(z.array(text), []),
    draft: z._default(z.boolean(), false),
    offer: z._default(z.boolean(), true),
    slug: z.optional(z.string().check(z.normalize('NFC'), z.refine(isSlug))),
    aliases: z.optional(z.array(z.unknown())),
    language: languageSchema,
    translations: translationsSchema,
  });
}

/** Validate one edition's front matter and derive its slug and date. */
export function validateEdition(
  doc: FrontMatterDocument,
  site: SiteConfig,
): { ok: true; edition: Edition; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } {
  const checked = checkWithSchema(doc, schemaFor(site.timezone), fields);
  if (!checked.ok) return checked;
  const fm = checked.value;
  const date = parseEditionDate(fm.date, site.timezone)!;
  const baseName = posix.basename(doc.file, posix.extname(doc.file));
  const fromName = splitFileName(baseName);
  const slug = fm.slug ?? slugify(fromName.rest);
  if (slug === '') {
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'invalid-field',
          file: doc.file,
          line: 1,
          field: 'slug',
          message: `The file name "${baseName}" gives an empty slug for the permalink.`,
          hint: 'Rename the file to YYYY-MM-DD-some-words.md, or add a "slug:" field.',
        },
      ],
    };
  }
  const bytes = slugBytes(slug);
  if (bytes > SLUG_MAX_BYTES) {
    const where = doc.locate(['slug']);
    return {
      ok: false,
      diagnostics: [
        error({
          code: 'invalid-field',
          file: doc.file,
          ...(where ?? { line: 1 }),
          field: 'slug',
          message: `The slug ${where ? '' : `from the file name ${describe(baseName)} `}is ${bytes} bytes long; a slug may have at most ${SLUG_MAX_BYTES} (a letter a-z is 1 byte, most others 2 or 3), since it names a folder in the permalink.`,
          hint: where ? 'Shorten the slug to a few words.' : 'Shorten the file name after the date, or add a shorter "slug:" field.',
        }),
      ],
    };
  }
  const longTags = fm.tags.flatMap((tag, index) => ([...tag].length > TAG_MAX ? [{ tag, index }] : []));
  if (longTags.length > 0) {
    return {
      ok: false,
      diagnostics: longTags.map(({ tag, index }) =>
        error({
          code: 'invalid-field',
          file: doc.file,
          ...doc.locate(['tags', index]),
          field: `tags[${index}]`,
          message: `The tag ${describe(tag)} is ${[...tag].length} characters long; a tag may have at most ${TAG_MAX}, since it names the folder of its page.`,
          hint: 'Use a shorter tag: a name or a few words, e.g. "Ukraine".',
        }),
      ),
    };
  }
  const badTags = fm.tags.flatMap((tag, index) => (slugifyTag(tag) === '' ? [{ tag, index }] : []));
  if (badTags.length > 0) {
    return {
      ok: false,
      diagnostics: badTags.map(({ tag, index }) =>
        error({
          code: 'invalid-field',
          file: doc.file,
          ...doc.locate(['tags', index]),
          field: `tags[${index}]`,
          message: `The tag ${JSON.stringify(tag)} has no letters or digits to make its page address from.`,
          hint: 'Use a tag with at least one letter or digit (accented letters are fine), e.g. "Ukraine".',
        }),
      ),
    };
  }
  const aliases = checkAliasEntries(fm.aliases ?? [], doc);
  if (!aliases.ok) return aliases;
  if (fm.transcript !== undefined && fm.audio === undefined) {
    return {
      ok: false,
      diagnostics: [
        error({
          code: 'invalid-field',
          file: doc.file,
          ...doc.locate(['transcript']),
          field: 'transcript',
          message: `"transcript" is the narration's transcript, but this edition has no "audio".`,
          hint: 'Add the narration with "audio: media/<file>", or leave "transcript" out.',
        }),
      ],
    };
  }
  const warnings: Diagnostic[] = [];
  const calendarDate = `${date.year}-${date.month}-${date.day}`;
  if (fromName.date && fromName.date !== calendarDate) {
    warnings.push(
      warning({
        code: 'invalid-field',
        file: doc.file,
        ...doc.locate(['date']),
        field: 'date',
        message: `The file name says ${fromName.date} but the date field says ${calendarDate}; the permalink uses ${calendarDate}.`,
        hint: 'Rename the file or correct the date so they agree.',
      }),
    );
  }
  const audio = typeof fm.audio === 'string' ? { src: fm.audio } : fm.audio;
  const translations = translationRefs(fm.translations, doc);
  const edition: Edition = {
    file: doc.file,
    slug,
    headline: fm.headline,
    date,
    tags: fm.tags,
    draft: fm.draft,
    showOffer: fm.offer,
    body: doc.body,
    bodyLine: doc.bodyLine,
    ...(aliases.aliases.length > 0 ? { aliases: aliases.aliases } : {}),
    ...(fm.language ? { language: canonicalLanguage(fm.language) } : {}),
    ...(translations ? { translations } : {}),
    ...(fm.summary ? { summary: fm.summary } : {}),
    ...(fm.updated ? { updated: parseEditionDate(fm.updated, site.timezone)! } : {}),
    ...(fm.image ? { image: { ...fm.image, src: safeRelativePath(fm.image.src)!, ...lineOf(doc, 'image') } } : {}),
    ...(audio
      ? {
          audio: {
            src: safeRelativePath(audio.src)!,
            // Without a title of its own, the label is the catalogue's, in the site's language (pages/site-words.ts).
            ...(audio.title ? { title: audio.title } : {}),
            ...lineOf(doc, 'audio'),
          },
        }
      : {}),
    ...(fm.transcript ? { transcript: { src: safeRelativePath(fm.transcript)!, ...lineOf(doc, 'transcript') } } : {}),
  };
  return { ok: true, edition, warnings };
}

function lineOf(doc: FrontMatterDocument, key: string): { line?: number } {
  const found = doc.locate([key]);
  return found ? { line: found.line } : {};
}
