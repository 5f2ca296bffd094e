/** Diagnostics as the browser overlay shows them: location, message, the lines around it, and the hint. */
import { formatLocation } from '../diagnostics.js';
import { codeFrame } from '../util/code-frame.js';
import type { Diagnostic } from '../model/index.js';

export interface OverlayProblem {
  /** "content/editions/x.md:3:1" */
  location: string;
  severity: Diagnostic['severity'];
  code: Diagnostic['code'];
  message: string;
  hint?: string;
  /** The lines around the problem, as the terminal shows them. */
  frame?: string;
}

/** Only errors: they are what stopped the rebuild. `sources` holds file texts for the code frames. */
export function overlayProblems(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>): OverlayProblem[] {
  return diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => {
      const text = d.line === undefined ? undefined : sources.get(d.file);
      return {
        location: formatLocation(d),
        severity: d.severity,
        code: d.code,
        message: d.message,
        ...(d.hint ? { hint: d.hint } : {}),
        ...(text !== undefined && d.line !== undefined ? { frame: codeFrame(text, d.line, d.column) } : {}),
      };
    });
}
