/**
 * What a YAML document may hold before it is turned into data, checked on its
 * syntax tree so nothing is expanded first: field names that are text,
 * aliases (*name) that point at an earlier anchor (&name) outside themselves,
 * and at most MAX_YAML_VALUES values once every alias is repeated out, so an
 * alias bomb ("billion laughs") is refused in time linear in its text.
 */
import { isAlias, isMap, isNode, isPair, isScalar, type Node } from 'yaml';

/** Values (texts, numbers, lists, groups) one file's YAML may expand to; front matter and settings hold a few dozen. */
export const MAX_YAML_VALUES = 10_000;

export interface YamlProblem {
  /** Offset in the YAML text. */
  offset: number;
  code: 'yaml-syntax' | 'too-large';
  message: string;
  hint: string;
}

/** The first problem with `contents` (a parsed document's root), or undefined. */
export function yamlLimitProblem(contents: unknown): YamlProblem | undefined {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  let problem: YamlProblem | undefined;
  let lastAlias: string | undefined;

  /** Expanded size of `node`, capped just above the limit; anchors are registered in document order, as YAML resolves them. */
  const size = (node: unknown): number => {
    if (problem || !isNode(node)) return 0;
    if (isAlias(node)) {
      lastAlias = node.source;
      const target = anchors.get(node.source);
      const offset = node.range?.[0] ?? 0;
      if (!target) {
        problem = {
          offset,
          code: 'yaml-syntax',
          message: `The alias "*${node.source}" refers to nothing: no value before it is marked "&${node.source}".`,
          hint: `Mark the value to repeat with &${node.source} before this line, or write the value out here.`,
        };
        return 0;
      }
      if (open.has(target)) {
        problem = {
          offset,
          code: 'yaml-syntax',
          message: `The alias "*${node.source}" is inside the value it repeats (&${node.source}), so it would never end.`,
          hint: 'Write the value out instead of repeating it inside itself.',
        };
        return 0;
      }
      return sizes.get(target) ?? 1;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isScalar(node)) {
      if (node.anchor) sizes.set(node, 1);
      return 1;
    }
    open.add(node);
    let total = 1;
    for (const item of node.items) {
      total = Math.min(total + itemSize(item), MAX_YAML_VALUES + 1);
      if (problem) return 0;
    }
    open.delete(node);
    sizes.set(node, total);
    return total;
  };

  /** A list item, or a field: its name must be text. */
  const itemSize = (item: unknown): number => {
    if (!isPair(item)) return size(item);
    if (item.key !== null && isNode(item.key) && !isScalar(item.key)) {
      problem = {
        offset: item.key.range?.[0] ?? 0,
        code: 'yaml-syntax',
        message: `A field name must be text, found ${isAlias(item.key) ? `an alias (*${item.key.source})` : isMap(item.key) ? 'a group of fields' : 'a list'}.`,
        hint: 'Write each field as "name: value", with a plain name before the colon.',
      };
      return 0;
    }
    return size(item.key) + size(item.value);
  };

  const tooLarge = (offset: number, field?: string): YamlProblem => ({
    offset,
    code: 'too-large',
    message:
      `${field === undefined ? 'The YAML' : `The field "${field}"`} grows past ${MAX_YAML_VALUES.toLocaleString('en')} values once ` +
      `${lastAlias === undefined ? 'it is read' : `its aliases (such as *${lastAlias}) are repeated out`}; a file may hold at most ${MAX_YAML_VALUES.toLocaleString('en')}.`,
    hint: 'Aliases (*name) repeat the value marked &name. Write the values out, or repeat fewer of them.',
  });

  if (isMap(contents)) {
    // Field by field, so a bomb is reported at the field that sets it off.
    if (contents.anchor) anchors.set(contents.anchor, contents);
    open.add(contents);
    let total = 1;
    for (const pair of contents.items) {
      total += itemSize(pair);
      if (problem) return problem;
      if (total > MAX_YAML_VALUES) {
        const key = pair.key;
        const name = isScalar(key) ? String(key.value ?? '') : undefined;
        return tooLarge((isNode(key) ? key.range?.[0] : undefined) ?? 0, name);
      }
    }
    return undefined;
  }
  const total = size(contents);
  if (problem) return problem;
  return total > MAX_YAML_VALUES ? tooLarge(0) : undefined;
}
