/**
 * What a Markdown body may hold so that rendering stays quick and within the
 * stack. The Markdown parser takes time that grows much faster than the text
 * in a few corners (thousands of * or _ in one paragraph took minutes; long
 * runs of brackets, seconds), and the steps after it recurse once per level
 * of nesting (a few thousand "> " overflowed the stack). Real editions stay
 * far below every limit.
 *
 * Measured on this project's machine (2 shared cores): within these limits the
 * slowest paragraph found parses in about a second; beyond them, 8,000
 * characters of "- - - …" took 30 s and 16,000 of "**…x**…" took 30 s.
 */
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { error } from '../../diagnostics.js';
import type { Diagnostic } from '../../model/index.js';
import { fileData, placeIn } from './file-data.js';

/** Characters in one paragraph (text between blank lines): about 1,500 words. */
export const MAX_PARAGRAPH_CHARACTERS = 10_000;
/** Asterisks and underscores in one paragraph, each a possible emphasis marker. */
export const MAX_EMPHASIS_MARKERS = 1_000;
/** Levels of quotes, lists, emphasis and links inside each other. */
export const MAX_NESTING = 64;

const count = (n: number) => n.toLocaleString('en');

/** Quote and list markers at the start of a line ("> > - 1. "), each opening a level of nesting. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const CONTAINER_MARKER = /[>+*-]|\d+[.)]/g;

/**
 * The first paragraph of `body` over a limit (as an error at its first line)
 * or line nested too deeply (at that line), checked on the text before it is
 * parsed; undefined when the body is within every limit.
 */
export function paragraphLimitProblem(source: { file: string; body: string; bodyLine: number }): Diagnostic | undefined {
  const lines = source.body.split(/\r\n|\r|\n/);
  let start = 0;
  let characters = 0;
  let markers = 0;
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index];
    if (line === undefined || line.trim() === '') {
      const at = { file: source.file, line: source.bodyLine + start };
      if (characters > MAX_PARAGRAPH_CHARACTERS) {
        return error({
          code: 'too-large',
          ...at,
          message: `The paragraph starting on this line is ${count(characters)} characters long; Edition reads paragraphs of at most ${count(MAX_PARAGRAPH_CHARACTERS)}.`,
          hint: 'Split it into shorter paragraphs with blank lines.',
        });
      }
      if (markers > MAX_EMPHASIS_MARKERS) {
        return error({
          code: 'too-large',
          ...at,
          message: `The paragraph starting on this line has ${count(markers)} * and _ characters; Edition reads paragraphs with at most ${count(MAX_EMPHASIS_MARKERS)}, since each may start or end emphasis.`,
          hint: 'Split the paragraph with blank lines, or remove runs of * and _ used as decoration.',
        });
      }
      start = index + 1;
      characters = 0;
      markers = 0;
      continue;
    }
    const prefix = CONTAINER_PREFIX.exec(line)?.[0];
    const depth = prefix ? (prefix.match(CONTAINER_MARKER)?.length ?? 0) : 0;
    if (depth > MAX_NESTING) {
      return error({
        code: 'too-large',
        file: source.file,
        line: source.bodyLine + index,
        message: `This line starts with ${count(depth)} quote and list markers (such as ">", "-" or "1."), each a level of nesting; Edition reads at most ${MAX_NESTING} levels.`,
        hint: 'Remove the extra markers at the start of the line.',
      });
    }
    characters += line.length + 1;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 42 || c === 95) markers++;
    }
  }
  return undefined;
}

/**
 * A remark plug-in that runs before every other: Markdown nested deeper than
 * MAX_NESTING is an error at its line, and the tree is emptied so that no
 * later step recurses through it.
 */
export function limitNesting() {
  return (tree: Root, vfile: VFile) => {
    const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      if (depth > MAX_NESTING) {
        const data = fileData(vfile);
        data.diagnostics.push(
          error({
            code: 'too-large',
            ...placeIn(data, node),
            message: `The Markdown here is nested more than ${MAX_NESTING} levels deep (quotes, lists or emphasis inside each other); Edition reads at most ${MAX_NESTING}.`,
            hint: 'Look for a long run of "*", "_", ">" or "-" on this line and remove the extra ones.',
          }),
        );
        tree.children = [];
        return;
      }
      const children = (node as Partial<Parent>).children ?? [];
      // Last child pushed first, so nodes are met in document order and the first deep one is reported.
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
    }
  };
}
