/** An edition body as a Markdown syntax tree (the same parser the build renders with), for checks that look at its nodes. */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).freeze();

/** Parse `body`; positions are body lines, `at` turns a node into a file location. */
export function markdownTree(source: { file: string; body: string; bodyLine: number }): {
  tree: Root;
  at(node: { position?: { start: { line: number; column: number } } }): { file: string; line?: number; column?: number };
} {
  const tree = parser.parse(source.body);
  return {
    tree,
    at: (node) => ({
      file: source.file,
      ...(node.position
        ? { line: node.position.start.line + source.bodyLine - 1, column: node.position.start.column }
        : {}),
    }),
  };
}
