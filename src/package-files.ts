/**
 * What ships beside the code in Edition's package: its templates, the starter
 * site `edition init` copies, and its version. Found from this module's own
 * address, which is one folder below the package in src/ and in dist/ alike.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Edition's own templates; a site's templates/ overrides them file by file. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

/** The share images' fonts (TrueType, SIL Open Font License). */
export const FONTS_DIR = fileURLToPath(new URL('../fonts/', import.meta.url));

/** The files of a new publication, copied by `edition init`. */
export const STARTER = fileURLToPath(new URL('../starter/', import.meta.url));

let version: string | undefined;

/** Edition's version, from its package.json. */
export function editionVersion(): string {
  version ??= String((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown }).version);
  return version;
}
