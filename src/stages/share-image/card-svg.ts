/** The card as SVG, for resvg to draw: shapes and texts only, every value escaped. */
import type { ShareCard } from '../../model/index.js';
import { el, xmlDocument, type XmlNode } from '../../util/xml.js';
import { CARD, GEOMETRY, type CardLayout } from './card-layout.js';
import { px, styleAttributes } from './text-style.js';

export function cardSvg(card: ShareCard, layout: CardLayout): string {
  const { colours } = card;
  const { margin } = GEOMETRY;
  const hairline = (y: number) => el('rect', { x: margin, y, width: CARD.width - 2 * margin, height: 2, fill: colours.rule });
  const texts = layout.texts.map(
    (text): XmlNode =>
      el(
        'text',
        {
          id: text.id,
          x: px(text.x),
          y: px(text.baseline),
          'text-anchor': text.anchor,
          direction: text.dir,
          fill: text.id === 'date' ? colours.muted : colours.ink,
          ...styleAttributes(text.style, text.size),
        },
        // resvg orders every text as a left-to-right paragraph, whatever its direction: a right-to-left line holding a
        // Latin name or a number came out with its words in the wrong order. An embedding (RLE … PDF) makes it one.
        text.dir === 'rtl' ? `\u202B${text.text}\u202C` : text.text,
      ),
  );
  return xmlDocument(
    el(
      'svg',
      { xmlns: 'http://www.w3.org/2000/svg', width: CARD.width, height: CARD.height, viewBox: `0 0 ${CARD.width} ${CARD.height}` },
      el('rect', { width: CARD.width, height: CARD.height, fill: colours.paper }),
      el('rect', { width: CARD.width, height: GEOMETRY.topRule, fill: colours.ink }),
      hairline(GEOMETRY.firstHairline),
      hairline(GEOMETRY.secondHairline),
      el('rect', { ...layout.accent, y: px(layout.accent.y), fill: colours.accent }),
      texts,
    ),
  );
}
