/**
 * Runs a zod schema over untrusted front matter and turns every issue into a
 * Diagnostic that names the field, its line, what was expected and what was found.
 */
import type * as z from 'zod/mini';
import { error } from '../../diagnostics.js';
import type { Diagnostic, FrontMatterDocument } from '../../model/index.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { quoted } from '../../util/text.js';

/** What a field must hold, in an editor's words, and how to fix it. */
export interface FieldDoc {
  expected: string;
  hint?: string;
}

export type FieldDocs = Record<string, FieldDoc>;

export type CheckResult<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/** Validate `doc.data` against `schema`, reporting every problem at once. */
export function checkWithSchema<T>(
  doc: Pick<FrontMatterDocument, 'file' | 'data' | 'locate'>,
  schema: z.ZodMiniType<T>,
  fields: FieldDocs,
): CheckResult<T> {
  const data = doc.data === null || doc.data === undefined ? {} : doc.data;
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const diagnostics = result.error.issues.flatMap((issue) => toDiagnostics(issue, doc, fields));
  return { ok: false, diagnostics };
}

function toDiagnostics(
  issue: z.core.$ZodIssue,
  doc: Pick<FrontMatterDocument, 'file' | 'locate'>,
  fields: FieldDocs,
): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'invalid_union') {
    // A value of one of the kinds a union allows (a block where true, false or a block may stand) is judged by that kind's rules alone.
    const ofItsKind = issue.errors.filter((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
    if (ofItsKind.length === 1) return ofItsKind[0]!.flatMap((inner) => toDiagnostics({ ...inner, path: [...issue.path, ...inner.path] }, doc, fields));
  }
  if (issue.code === 'unrecognized_keys') {
    const known = knownFields(fields, fieldName(path));
    return issue.keys.map((key) => {
      const guess = didYouMean(key, known);
      const where = doc.locate([...path, key]);
      return error({
        code: 'unknown-field',
        file: doc.file,
        ...where,
        field: fieldName([...path, key]),
        message: `Unknown field ${quoted(fieldName([...path, key]))}.${guess ? ` Did you mean "${guess}"?` : ''}`,
        hint: `Known fields here: ${known.join(', ')}.`,
      });
    });
  }
  if (path.length === 0 && issue.code === 'invalid_type') {
    return [
      error({
        code: 'invalid-field',
        file: doc.file,
        line: 1,
        message: `Expected the fields as "name: value" lines, found ${describe(issue.input)}.`,
        hint: 'Write one field per line, for example "headline: Punching Back".',
      }),
    ];
  }
  const field = fieldName(path);
  const docs = fields[field] ?? fields[fieldName(path.filter((p) => typeof p === 'string'))];
  const expected = docs?.expected ?? issue.message;
  const missing = issue.input === undefined && issue.code === 'invalid_type';
  const where = doc.locate(path) ?? { line: 1 };
  return [
    error({
      code: 'invalid-field',
      file: doc.file,
      ...where,
      field,
      message: missing
        ? `The required field ${quoted(field)} is missing: expected ${expected}.`
        : `${quoted(field)} must be ${expected}, found ${describe(issue.input)}.`,
      ...(docs?.hint ? { hint: docs.hint } : {}),
    }),
  ];
}

/** The fields that may stand beside an unknown one: those of its group ("email.from" for a key in email:), else the top-level ones. */
function knownFields(fields: FieldDocs, group: string): string[] {
  const inGroup = Object.keys(fields)
    .filter((name) => group !== '' && name.startsWith(`${group}.`))
    .map((name) => name.slice(group.length + 1))
    .filter((name) => !name.includes('.'));
  return inGroup.length > 0 ? inGroup : Object.keys(fields).filter((name) => !name.includes('.'));
}

/** "audio.src", "tags[1]" */
function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part),
    '',
  );
}

/** A short, quoted description of a value as the editor wrote it. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return value === '' ? 'an empty text' : JSON.stringify(short);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return 'a group of fields';
}
