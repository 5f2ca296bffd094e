/**
 * GFM task list items ("- [x] Figures checked") render as a disabled checkbox
 * before the item's text, and axe fails a checkbox without a label. After the
 * sanitizer, the checkbox and the text that follows it on its line are
 * wrapped in a <label>, which names the checkbox by that text.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Elements that end the item's first line: its label stops before them. */
const BLOCKS = new Set(['p', 'ul', 'ol', 'div', 'pre', 'blockquote', 'section', 'table', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const isCheckbox = (node: ElementContent) => node.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';

export function labelTaskItems(tree: Root): void {
  visit(tree, 'element', (item) => {
    if (item.tagName !== 'li' || !classesOf(item).includes('task-list-item')) return;
    // A loose list puts the checkbox in the item's first paragraph.
    const first = item.children.find((child) => child.type === 'element');
    const line = first?.type === 'element' && first.tagName === 'p' ? first : item;
    const start = line.children.findIndex(isCheckbox);
    if (start === -1) return;
    let end = start + 1;
    while (end < line.children.length && !isBlock(line.children[end]!)) end++;
    while (end > start + 1 && isBlank(line.children[end - 1]!)) end--;
    const text = line.children.slice(start + 1, end);
    // Nothing to name it by: left as it is.
    if (text.every(isBlank)) return;
    const label: Element = { type: 'element', tagName: 'label', properties: {}, children: line.children.slice(start, end) };
    line.children.splice(start, end - start, label);
  });
}

const isBlock = (node: ElementContent) => node.type === 'element' && BLOCKS.has(node.tagName);
const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

function classesOf(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}
