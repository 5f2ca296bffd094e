/** Types for smartypants@0.2, which ships none. */
declare module 'smartypants' {
  export function smartypantsu(text: string, mode?: number | string): string;
}
