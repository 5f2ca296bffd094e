/** A whole-file YAML document (site.yml), parsed with line positions like front matter. */
import type { Diagnostic, FrontMatterDocument, SourceFile } from '../../model/index.js';
import { parseYamlText } from './parse-front-matter.js';

export function parseYamlFile(
  source: SourceFile,
): { ok: true; document: FrontMatterDocument } | { ok: false; diagnostics: Diagnostic[] } {
  const text = source.text.replace(/^\uFEFF/, '');
  const yaml = parseYamlText(source.path, text, 1);
  if (!yaml.ok) return yaml;
  return { ok: true, document: { file: source.path, text, ...yaml.value, body: '', bodyLine: 1 } };
}
