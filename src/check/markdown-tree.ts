/** An edition body as a Markdown syntax tree (the same parser the build renders with), for checks that look at its nodes. */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { placeOf, type Place } from '../util/markdown-place.js';

const parser = unified().use(remarkParse).freeze();

/** Parse `body`; positions are body lines, `at` turns a node into a file location. */
export function markdownTree(source: { file: string; body: string; bodyLine: number }): {
  tree: Root;
  at(node: Parameters<typeof placeOf>[0]): Place;
} {
  return { tree: parser.parse(source.body), at: (node) => placeOf(node, source.file, source.bodyLine) };
}
