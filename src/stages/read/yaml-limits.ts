/**
 * What a YAML document may hold before it is turned into data, checked on its
 * syntax tree so nothing is expanded first: field names that are text and
 * appear once in their group, aliases (*name) that point at an earlier anchor
 * (&name) outside themselves, and at most MAX_YAML_VALUES values once every
 * alias is repeated out, so an alias bomb ("billion laughs") is refused in
 * time linear in its text.
 *
 * Duplicate names are found here, with a set, rather than by yaml's
 * uniqueKeys, which compares every pair of keys in a group: 8,000 fields took
 * it 3 s. yaml's toJS() likewise looks every alias up among all anchors and
 * aliases, so the limit on values also keeps it quick (9,000 aliases took 2 s).
 */
import { isAlias, isMap, isNode, isPair, isScalar, type Node } from 'yaml';
import { quoted } from '../../util/text.js';

/**
 * Characters of YAML in one file, checked before it is parsed: yaml's syntax
 * tree takes about 200 bytes of memory per character of aliases, and a few
 * microseconds each to build. Front matter and settings take a few hundred.
 */
export const MAX_YAML_CHARACTERS = 100_000;

/** Values (texts, numbers, lists, groups) one file's YAML may expand to; front matter and settings hold a few dozen. */
export const MAX_YAML_VALUES = 1_000;

export interface YamlProblem {
  /** Offset in the YAML text. */
  offset: number;
  code: 'yaml-syntax' | 'too-large';
  message: string;
  hint: string;
}

/** The first problem with `contents` (a parsed document's root), or undefined; `lineOf` turns an offset into a line for messages. */
export function yamlLimitProblem(contents: unknown, lineOf: (offset: number) => number): YamlProblem | undefined {
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
    const names = new Map<string, number>();
    let total = 1;
    for (const item of node.items) {
      // A list's items are not fields of one group: "[a: 1, a: 2]" is two groups of one field.
      total = Math.min(total + itemSize(item, isMap(node) ? names : new Map()), MAX_YAML_VALUES + 1);
      if (problem) return 0;
    }
    open.delete(node);
    sizes.set(node, total);
    return total;
  };

  /** A list item, or a field: its name must be text, and not one already in `names` (name → offset). */
  const itemSize = (item: unknown, names: Map<string, number>): number => {
    if (!isPair(item)) return size(item);
    if (isScalar(item.key) || item.key === null) {
      const name = item.key === null || item.key.value === null || item.key.value === undefined ? '' : String(item.key.value);
      const offset = item.key?.range?.[0] ?? (isNode(item.value) ? item.value.range?.[0] : undefined) ?? 0;
      const first = names.get(name);
      if (first !== undefined) {
        problem = {
          offset,
          code: 'yaml-syntax',
          message: `The field ${quoted(name)} is written twice; the first is on line ${lineOf(first)}.`,
          hint: 'Keep one of them: a field can have only one value.',
        };
        return 0;
      }
      names.set(name, offset);
    } else if (isNode(item.key)) {
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

  const tooLarge = (offset: number, field?: string): YamlProblem => {
    const limit = MAX_YAML_VALUES.toLocaleString('en');
    const subject = field === undefined ? 'The YAML' : `The field ${quoted(field)}`;
    return lastAlias === undefined
      ? {
          offset,
          code: 'too-large',
          message: `${subject} holds more than ${limit} values; a file may hold at most ${limit}.`,
          hint: 'Front matter and settings hold a few fields each; put long lists in the text instead.',
        }
      : {
          offset,
          code: 'too-large',
          message: `${subject} grows past ${limit} values once its aliases (such as *${lastAlias}) are repeated out; a file may hold at most ${limit}.`,
          hint: 'Aliases (*name) repeat the value marked &name. Write the values out, or repeat fewer of them.',
        };
  };

  if (isMap(contents)) {
    // Field by field, so a bomb is reported at the field that sets it off.
    if (contents.anchor) anchors.set(contents.anchor, contents);
    open.add(contents);
    const names = new Map<string, number>();
    let total = 1;
    for (const pair of contents.items) {
      lastAlias = undefined;
      total += itemSize(pair, names);
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
