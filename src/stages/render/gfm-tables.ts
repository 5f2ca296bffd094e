/**
 * GFM tables that a 320 px phone can read and a keyboard can scroll, run on
 * the sanitized HTML (the sanitizer would strip these attributes; they come
 * from this code, never from the editor's text):
 * - each table sits in a scroll area, so a wide one scrolls on its own
 *   instead of the page; the area is focusable (keyboard users can scroll
 *   it) and named (a focusable area needs a name). It is a <section>, which is
 *   what role="region" means: html-validate asks for the native element.
 * - header cells get scope="col"; an empty one (the corner over a column of
 *   row names) becomes a <td>, since a header that names nothing fails axe.
 * - column alignment becomes a class, not the obsolete align attribute nor a
 *   style, which the Content-Security-Policy forbids. GFM's ":--" and "--:"
 *   mean the start and end of the line, so a right-to-left table mirrors.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { MarkdownLabels } from '../../model/index.js';
import { fillIn } from './labels.js';

const ALIGN_CLASS: Record<string, string> = { left: 'align-start', center: 'align-center', right: 'align-end' };

/** Header cells named in a scroll area's label: enough to tell tables apart, short enough to listen to. */
const NAMED_COLUMNS = 3;

export function decorateTables(tree: Root, labels: MarkdownLabels): void {
  let count = 0;
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || index === undefined || !parent) return undefined;
    const name = tableName(labels.table, ++count, decorateCells(node));
    parent.children[index] = {
      type: 'element',
      tagName: 'section',
      properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: name },
      children: [{ type: 'text', value: '\n' }, node, { type: 'text', value: '\n' }],
    };
    return SKIP;
  });
}

/** The label with the table's number and first column names; without names, "{columns}" goes with the punctuation before it ("Table {n}"). */
function tableName(label: string, n: number, columns: string[]): string {
  const template = columns.length > 0 ? label : label.replace(/[\s\p{Po}\p{Pd}]*\{columns\}/u, '');
  return fillIn(template, { n: String(n), columns: columns.slice(0, NAMED_COLUMNS).join(', ') });
}

/** Scopes and alignment classes on the table's cells; returns the header row's texts, empty ones left out. */
function decorateCells(table: Element): string[] {
  const columns: string[] = [];
  visit(table, 'element', (cell) => {
    if (cell.tagName !== 'th' && cell.tagName !== 'td') return;
    const align = cell.properties['align'];
    delete cell.properties['align'];
    if (typeof align === 'string' && ALIGN_CLASS[align]) cell.properties['className'] = [ALIGN_CLASS[align]];
    if (cell.tagName !== 'th') return;
    const text = textOf(cell);
    if (text === '') {
      cell.tagName = 'td';
    } else {
      cell.properties['scope'] = 'col';
      columns.push(text);
    }
  });
  return columns;
}

/** What names a column: a cell's text and pictures' alt text, without its footnote numbers ("Seats[^1]" is "Seats"). */
function textOf(node: ElementContent): string {
  let text = '';
  visit(node, (child) => {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element' && child.tagName === 'img') text += ` ${String(child.properties['alt'] ?? '')} `;
    else if (child.type === 'element' && 'dataFootnoteRef' in child.properties) return SKIP;
    return undefined;
  });
  return text.replace(/\s+/g, ' ').trim();
}
