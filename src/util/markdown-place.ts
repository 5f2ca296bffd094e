/** Where a Markdown node stands in its file, for messages about it. */
import type { Node } from 'unist';

export interface Place {
  file: string;
  line?: number;
  column?: number;
}

/** A node's place in `file`; its position counts body lines, so `bodyLine` (the body's first file line) shifts it past the front matter. */
export function placeOf(node: Pick<Node, 'position'>, file: string, bodyLine: number): Place {
  return node.position ? { file, line: node.position.start.line + bodyLine - 1, column: node.position.start.column } : { file };
}
