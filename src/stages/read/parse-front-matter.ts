/**
 * Splits a content file into front matter and Markdown body with gray-matter,
 * parsing the YAML with `yaml` so every key keeps its line for messages.
 */
import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { error } from '../../diagnostics.js';
import type { Diagnostic, FrontMatterDocument, SourceFile } from '../../model/index.js';
import { quoted } from '../../util/text.js';
import { MAX_YAML_CHARACTERS, MAX_YAML_VALUES, yamlLimitProblem } from './yaml-limits.js';

const DELIMITER = /^---[ \t]*$/;

/** gray-matter would `eval` `---js` front matter; no content file may run code. */
function refuseEngine(): never {
  throw new Error('front matter engines other than YAML are disabled');
}

export type ParseResult =
  | { ok: true; document: FrontMatterDocument }
  | { ok: false; diagnostics: Diagnostic[] };

/** Parse one file; a file without front matter is an error unless `optional`. */
export function parseFrontMatter(source: SourceFile, options: { optional?: boolean } = {}): ParseResult {
  const text = source.text.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const first = lines[0] ?? '';
  const fail = (d: Omit<Diagnostic, 'severity' | 'file'>): ParseResult => ({
    ok: false,
    diagnostics: [error({ file: source.path, ...d })],
  });

  if (!first.startsWith('---')) {
    if (options.optional) return { ok: true, document: plainDocument(source, text) };
    return fail({
      code: 'front-matter-missing',
      line: 1,
      message: 'The file has no front matter.',
      hint: 'Start the file with a line "---", then the fields (headline: …, date: …), then another "---" line before the text.',
    });
  }
  if (!DELIMITER.test(first) && first.includes('\r')) {
    return fail({
      code: 'front-matter-missing',
      line: 1,
      message: 'The lines of this file end in a carriage return alone (old Mac line endings), so its front matter cannot be found.',
      hint: 'Save the file with Unix (LF) or Windows (CRLF) line endings; most editors offer this when saving.',
    });
  }
  if (!DELIMITER.test(first)) {
    return fail({
      code: 'front-matter-engine',
      line: 1,
      column: 4,
      message: `Front matter must be YAML, found ${quoted(first, 40)}.`,
      hint: 'Write the first line as "---" alone; other front matter languages (such as ---js) are refused because they could run code.',
    });
  }
  const closing = lines.findIndex((line, index) => index > 0 && DELIMITER.test(line));
  if (closing === -1) {
    return fail({
      code: 'front-matter-missing',
      line: 1,
      message: 'The front matter starts with "---" on line 1 but is never closed.',
      hint: 'Add a line "---" after the last front matter field, before the text.',
    });
  }

  const yaml = parseYamlText(source.path, lines.slice(1, closing).join('\n'), 2);
  if (!yaml.ok) return yaml;
  const split = matter(text, {
    language: 'yaml',
    engines: { yaml: () => ({}), js: refuseEngine, javascript: refuseEngine },
  });
  // gray-matter cuts right after the closing dashes: blanks after them ("---  ") would start the body a line early.
  const body = split.content.replace(/^[ \t]+\r?\n/, '');
  return {
    ok: true,
    document: { file: source.path, text, ...yaml.value, body, bodyLine: closing + 2 },
  };
}

/** Parse YAML whose first line is line `firstLine` of `file`; every key stays locatable. */
export function parseYamlText(
  file: string,
  yamlText: string,
  firstLine: number,
): { ok: true; value: Pick<FrontMatterDocument, 'data' | 'locate'> } | { ok: false; diagnostics: Diagnostic[] } {
  if (yamlText.length > MAX_YAML_CHARACTERS) {
    const size = (n: number) => n.toLocaleString('en');
    const message = `The YAML is ${size(yamlText.length)} characters long; front matter and settings may have at most ${size(MAX_YAML_CHARACTERS)}.`;
    return { ok: false, diagnostics: [error({ code: 'too-large', file, line: firstLine, message, hint: 'Keep fields short: an edition\'s long text belongs in its body, after the closing "---".' })] };
  }
  const lineCounter = new LineCounter();
  // Duplicate field names are found by yamlLimitProblem(), in linear time.
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = lineCounter.linePos(yamlError.pos[0]);
    const diagnostic = error({
      code: 'yaml-syntax',
      file,
      line: pos.line + firstLine - 1,
      column: pos.col,
      message: `The YAML is not valid: ${yamlErrorText(yamlError.message)}`,
      hint: 'Check the indentation and quoting on this line; a value containing ": " or starting with a quote must be wrapped in quotes.',
    });
    return { ok: false, diagnostics: [diagnostic] };
  }
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  // Aliases, anchors and field names are checked on the syntax tree, before anything is expanded.
  const limit = yamlLimitProblem(doc.contents, (offset) => at(offset).line);
  if (limit) return { ok: false, diagnostics: [error({ code: limit.code, file, ...at(limit.offset), message: limit.message, hint: limit.hint })] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_VALUES }) ?? {};
  } catch {
    const message = 'The YAML repeats its aliases (*name) too many times to be read.';
    return { ok: false, diagnostics: [error({ code: 'too-large', file, line: firstLine, message, hint: 'Write the values out instead of repeating them with aliases.' })] };
  }
  const locate = (path: readonly (string | number)[]) => {
    const offset = keyOffset(doc.contents, path);
    return offset === undefined ? undefined : at(offset);
  };
  return { ok: true, value: { data, locate } };
}

function plainDocument(source: SourceFile, text: string): FrontMatterDocument {
  return { file: source.path, text, data: {}, body: text, bodyLine: 1, locate: () => undefined };
}

/** Offset of the deepest key of `path` that exists, so messages land near the problem. */
function keyOffset(node: Node | null, path: readonly (string | number)[]): number | undefined {
  let found: number | undefined;
  let current: unknown = node;
  for (const segment of path) {
    if (isMap(current)) {
      // Keys that are not text (1:, true:, ~:) are named as the data names them ("1", "true", "").
      const pair = current.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) break;
      found = (pair.key as Node).range?.[0] ?? found;
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment] as Node | undefined;
      if (!item) break;
      found = item.range?.[0] ?? found;
      current = item;
    } else {
      break;
    }
  }
  return found;
}

function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return key.value === null || key.value === undefined ? '' : String(key.value);
}

/** yaml's message in an editor's words; its own message is kept when it is already one. */
function yamlErrorText(message: string): string {
  if (/call stack/i.test(message)) return 'it is nested too deeply (lists or groups inside each other hundreds of levels deep).';
  return firstSentence(message);
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}
