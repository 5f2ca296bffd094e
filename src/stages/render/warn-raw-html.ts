/** Raw HTML in Markdown is removed by the sanitizer; the editor is told, once per line, however many tags it holds. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { warning } from '../../diagnostics.js';
import { fileData, placeIn } from './file-data.js';

export function warnRawHtml() {
  return (tree: Root, vfile: VFile) => {
    const data = fileData(vfile);
    const warnedLines = new Set<number | undefined>();
    visit(tree, 'html', (node) => {
      const place = placeIn(data, node);
      if (warnedLines.has(place.line)) return;
      warnedLines.add(place.line);
      data.diagnostics.push(
        warning({
          code: 'raw-html',
          ...place,
          message: 'Raw HTML in the text is removed from the page.',
          hint: 'Use Markdown instead: **bold**, _italic_, [link](https://…), ![alt text](media/photo.jpg).',
        }),
      );
    });
  };
}
