/**
 * Words that rendered Markdown itself shows or has read aloud, not written by
 * the editor: in the site's language once a catalogue supplies them, English
 * until then (stages/render/labels.ts). They change the HTML, so they are part
 * of the render cache's keys (renderBaseKey).
 */
export interface MarkdownLabels {
  /** The heading over a text's footnotes: "Footnotes". */
  footnotes: string;
  /**
   * The name of the link from a footnote back to where it is referenced, for
   * screen readers (the link shows "↩"). "{n}" is the reference's number:
   * "1", or "1-2" for the second reference to note 1. "Back to reference {n}".
   */
  backToReference: string;
  /**
   * The name of the scroll area around a table, read when a keyboard reaches
   * it; each table's should differ (axe: landmark-unique). "{n}" is the
   * table's number in the text, "{columns}" its first header cells' text
   * joined by ", "; for a header row without text, "{columns}" is left out
   * with the punctuation before it. "Table {n}: {columns}".
   */
  table: string;
}
