/** Types for smartypants@0.2, which ships none. */
declare module 'smartypants' {
  /** Typography as HTML entities (&#8220; …). */
  export function smartypants(text: string, mode?: number | string): string;
  /** Typography as characters. */
  export function smartypantsu(text: string, mode?: number | string): string;
}
