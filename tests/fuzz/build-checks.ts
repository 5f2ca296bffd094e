/**
 * What every fuzzed build must satisfy, as plain assertions the properties
 * call: how a build may fail (only BuildFailedError, every error located),
 * and what a successful build's pages may contain (valid HTML, no script,
 * event handler or dangerous URL that came from content).
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { find, html as htmlSchema } from 'property-information';
import { XMLValidator } from 'fast-xml-parser';
import { build, type BuildOptions, type BuildResult } from '../../src/build.js';
import { BuildFailedError, formatDiagnostic } from '../../src/diagnostics.js';
import type { Diagnostic, OutputFile } from '../../src/model/index.js';
import { schemeOf } from '../../src/util/urls.js';
import { NARRATION, NOW, TEMPLATES } from '../helpers/site.js';
import { validateHtml } from '../helpers/validate-html.js';
import type { FuzzProject } from './arbitraries.js';

/** A fuzz case's project folder; removed by the case itself (hundreds of cases run inside one test). */
export async function writeProject(project: FuzzProject): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'edition-fuzz-'));
  for (const [path, contents] of Object.entries(project.files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), contents);
  }
  if (project.narration) await copyFile(NARRATION, join(root, 'content/media/a.mp3'));
  return { root, remove: () => rm(root, { recursive: true, force: true, maxRetries: 3 }) };
}

export type Outcome = { ok: true; result: BuildResult } | { ok: false; diagnostics: Diagnostic[] };

/** Property 1 (library): a build either succeeds or throws BuildFailedError with at least one error; anything else is a bug. */
export async function buildOutcome(root: string, options: BuildOptions = {}): Promise<Outcome> {
  try {
    const result = await build({ root, templatesDir: TEMPLATES, now: NOW, write: false, cacheDir: false, workers: false, ...options });
    return { ok: true, result };
  } catch (cause) {
    if (!(cause instanceof BuildFailedError)) {
      throw new Error(`build() threw ${(cause as Error)?.name ?? typeof cause} instead of BuildFailedError: ${(cause as Error)?.stack ?? String(cause)}`);
    }
    if (!cause.diagnostics.some((d) => d.severity === 'error')) throw new Error('BuildFailedError without an error diagnostic');
    return { ok: false, diagnostics: cause.diagnostics };
  }
}

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** Words that mean a message leaked from a library or the runtime instead of being written for an editor. */
const LEAKS =
  /\bat .+:\d+:\d+|\b(?:TypeError|ReferenceError|RangeError|SyntaxError)\b|Maximum call stack|\[object Object\]|\bundefined\b|outside the bounds|DataView|\bE[A-Z]{3,}\b:/;
/** A message is a sentence or two; content it quotes is cut short. */
const MAX_MESSAGE = 400;

/**
 * Property 2: every diagnostic names a file of the project (or a template)
 * and, for errors, a line inside that file; field errors name their field;
 * messages are sentences for an editor, never a stack trace or a library's words.
 */
export function checkDiagnostics(diagnostics: readonly Diagnostic[], files: Record<string, string | Buffer>): void {
  for (const d of diagnostics) {
    const where = JSON.stringify(d);
    if (!d.file || !(d.file in files || d.file.startsWith('content/media/'))) throw new Error(`diagnostic names no file of the project: ${where}`);
    if (d.severity === 'error') {
      const text = files[d.file];
      if (d.line === undefined || !Number.isInteger(d.line) || d.line < 1) throw new Error(`error diagnostic without a line: ${where}`);
      if (typeof text === 'string' && d.line > lineCount(text) + 1) throw new Error(`diagnostic line ${d.line} is past the end of ${d.file} (${lineCount(text)} lines): ${where}`);
    }
    if ((d.code === 'invalid-field' || d.code === 'unknown-field') && d.field === undefined && !d.message.startsWith('Expected the fields')) {
      throw new Error(`field diagnostic without its field: ${where}`);
    }
    if (!d.message || LEAKS.test(d.message) || (d.hint !== undefined && LEAKS.test(d.hint))) throw new Error(`diagnostic message is not for an editor: ${where}`);
    if (d.message.length > MAX_MESSAGE) throw new Error(`diagnostic message of ${d.message.length} characters: ${where.slice(0, 600)}`);
    // As the terminal shows it: one line, then the code frame and hint; nothing a terminal would act on.
    const shown = formatDiagnostic(d, typeof files[d.file] === 'string' ? (files[d.file] as string) : undefined);
    if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(shown)) throw new Error(`control characters in the printed diagnostic: ${JSON.stringify(shown.slice(0, 600))}`);
    if (shown.split('\n').some((line) => line.length > 1000)) throw new Error(`a printed line over 1,000 characters: ${where.slice(0, 600)}`);
  }
}

const text = (file: OutputFile) => (typeof file.contents === 'string' ? file.contents : 'copyFrom' in file.contents ? '' : Buffer.from(file.contents).toString('utf8'));

/** Elements content can never bring into a page, wherever it is. */
const NEVER = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'style', 'template', 'textarea', 'select', 'dialog', 'plaintext', 'xmp', 'noscript', 'math', 'portal']);
/** Elements the Markdown renderer may put in an edition body or the offer pitch. */
const CONTENT_ELEMENTS = new Set([
  'p', 'a', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'img', 'del', 'ins', 'sup', 'sub',
  'div', 'span', 'b', 'i', 's', 'strike', 'q', 'kbd', 'samp', 'var', 'tt', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'details', 'summary', 'ruby', 'rp', 'rt', 'picture', 'source', 'section', 'input', 'label',
]);
/** Attributes that hold a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'cite', 'background', 'data', 'srcset', 'xlink:href', 'ping', 'manifest', 'longdesc', 'lowsrc', 'dynsrc', 'codebase', 'usemap', 'itemtype'];
const DANGEROUS_SCHEMES = new Set(['javascript:', 'vbscript:', 'data:', 'file:']);

/**
 * The forms the templates write: the header's search box (to search/) on every page but the search page, and on
 * the search page its own form with its selects. Content never brings a form: the renderer drops them.
 */
function isSearchForm(element: Element, path: string): boolean {
  const form = (element.tagName === 'form' ? element : undefined) ?? undefined;
  const classes = (node: Element) => String(node.properties.className ?? '').split(/[ ,]+/);
  if (form) return classes(form).includes('masthead__search') || (path.endsWith('search/index.html') && classes(form).includes('search-form'));
  return element.tagName === 'select' || element.tagName === 'noscript' ? path.endsWith('search/index.html') : false;
}

function attributes(element: Element): [string, string][] {
  return Object.entries(element.properties).flatMap(([property, value]) => {
    if (value === undefined || value === null || value === false) return [];
    const name = find(htmlSchema, property).attribute.toLowerCase();
    return [[name, Array.isArray(value) ? value.join(' ') : String(value)] as [string, string]];
  });
}

function elements(root: Root | Element): Element[] {
  return selectAll('*', root);
}

/**
 * Property 3 for one page: valid HTML (html-validate, the tests' own
 * configuration), no script but the template's two (its JSON-LD, which must
 * parse, and its edition.js), no on* event handler attribute, no
 * javascript:/vbscript:/data:/file: URL anywhere, no element content could
 * use to run or load code, and content containers holding only what the
 * Markdown renderer makes, every link in them with its address.
 */
export async function checkPage(html: string, path: string): Promise<void> {
  // long-title is advice about search results, not validity: the title is the editor's headline, and `edition check` warns when it is long (long-headline).
  const problems = (await validateHtml(html, short(path))).filter((problem) => !/ long-title /.test(problem));
  if (problems.length > 0) throw new Error(`invalid HTML in ${short(path)}:\n${problems.join('\n')}`);
  const root = fromHtml(html);
  for (const element of elements(root)) {
    const name = element.tagName.toLowerCase();
    const attrs = attributes(element);
    const where = `<${name} ${attrs.map(([k, v]) => `${k}="${v.slice(0, 80)}"`).join(' ')}> in ${short(path)}`;
    if (NEVER.has(name) && !isSearchForm(element, path)) throw new Error(`forbidden element ${where}`);
    for (const [attribute, value] of attrs) {
      if (attribute.startsWith('on')) throw new Error(`event handler attribute ${where}`);
      if (attribute === 'style') throw new Error(`style attribute ${where}`);
      if (URL_ATTRIBUTES.includes(attribute) && DANGEROUS_SCHEMES.has(schemeOf(value) ?? '')) throw new Error(`dangerous URL ${where}`);
      if (name === 'meta' && attribute === 'http-equiv') throw new Error(`http-equiv meta ${where}`);
    }
    if (name === 'script') {
      const type = attrs.find(([k]) => k === 'type')?.[1];
      const src = attrs.find(([k]) => k === 'src')?.[1];
      if (type === 'application/ld+json' && src === undefined) {
        const json = toString(element);
        if (/<\//.test(json)) throw new Error(`JSON-LD that can end its script element in ${path}`);
        JSON.parse(json);
      } else if (
        !(src !== undefined && /assets\/edition\.[0-9a-f]+\.js$/.test(src) && toString(element) === '' && attrs.length === 2) &&
        !(src !== undefined && /assets\/search\.[0-9a-f]+\.js$/.test(src) && type === 'module' && path.endsWith('search/index.html') && toString(element) === '')
      ) {
        throw new Error(`a script the templates do not write: ${where}`);
      }
    }
  }
  for (const container of selectAll('.edition__body, .offer__pitch', root)) {
    for (const element of elements(container)) {
      if (!CONTENT_ELEMENTS.has(element.tagName)) throw new Error(`<${element.tagName}> in content (${short(path)}), not made by the Markdown renderer`);
      // The only input the renderer makes is a GFM task item's checkbox, which nobody can tick.
      if (element.tagName === 'input' && !(element.properties.type === 'checkbox' && element.properties.disabled === true)) throw new Error(`an input other than a task item's disabled checkbox in content (${short(path)})`);
      // A link the sanitizer stripped of its address is a dead link the editor was never told about ("[x]()", written empty, is kept as href="").
      if (element.tagName === 'a' && (element.properties.href === undefined || element.properties.href === null)) throw new Error(`a link without an address in content (${short(path)}): ${toString(element).slice(0, 80)}`);
    }
  }
}

/** A long path or text cut short for a message. */
const short = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** Most file systems allow 255 bytes in one file or folder name. */
const NAME_MAX = 255;

/**
 * Property 3 for a build: every output path can be written (no name over 255
 * bytes), every page passes checkPage, every XML file is well-formed and the
 * JSON feed is valid JSON.
 */
export async function checkOutput(files: readonly OutputFile[]): Promise<void> {
  for (const file of files) {
    for (const name of file.path.split('/')) {
      if (Buffer.byteLength(name) > NAME_MAX) throw new Error(`the output path ${short(file.path)} has a name of ${Buffer.byteLength(name)} bytes, more than a file system allows`);
    }
  }
  for (const file of files) {
    if (file.path.endsWith('.html')) await checkPage(text(file), file.path);
    else if (file.path.endsWith('.xml')) {
      const valid = XMLValidator.validate(text(file));
      if (valid !== true) throw new Error(`${short(file.path)} is not well-formed XML: ${JSON.stringify(valid.err)}`);
    } else if (file.path.endsWith('.json')) JSON.parse(text(file));
  }
}

/** Property 4: two builds' files, byte for byte. */
export function sameFiles(a: readonly OutputFile[], b: readonly OutputFile[]): void {
  const bytes = (files: readonly OutputFile[]) =>
    new Map(files.map((f) => [f.path, typeof f.contents === 'string' || !('copyFrom' in f.contents) ? Buffer.from(f.contents as string | Uint8Array) : f.contents.copyFrom]));
  const first = bytes(a);
  const second = bytes(b);
  const paths = [...new Set([...first.keys(), ...second.keys()])].sort();
  for (const path of paths) {
    const x = first.get(path);
    const y = second.get(path);
    const same = typeof x === 'string' || typeof y === 'string' ? x === y : x !== undefined && y !== undefined && x.equals(y);
    if (!same) throw new Error(`${short(path)} differs between two builds of the same content`);
  }
}
