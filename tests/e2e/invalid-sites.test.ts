/**
 * Broken sites kept as folders, one per failure mode (as Zola's test_sites_invalid):
 * tests/fixtures/sites/invalid-<case>/ is a whole project, and its expected.json
 * lists the diagnostics (code, file, line, field) its build must fail with, no
 * more and no fewer. Each is built in a temp copy that already has a published
 * public/, which the failed build must leave exactly as it was.
 *
 * To add a case: make the folder, run the build on it, check each diagnostic
 * points where an editor would look, and write what it printed into expected.json.
 */
import { readdirSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFailedError } from '../../src/diagnostics.js';
import type { Diagnostic } from '../../src/model/index.js';
import { buildProject, REPO } from '../helpers/site.js';
import { tempDir } from '../helpers/temp.js';

const SITES = join(REPO, 'tests/fixtures/sites');
const CASES = readdirSync(SITES).filter((name) => name.startsWith('invalid-')).sort();
const MARKER = 'published-before.html';

/** Where a diagnostic points: the part an expected.json pins down (line and field only when it has them). */
type Located = Pick<Diagnostic, 'code' | 'file' | 'line' | 'field'>;

function located({ code, file, line, field }: Diagnostic): Located {
  return { code, file, ...(line === undefined ? {} : { line }), ...(field === undefined ? {} : { field }) };
}

describe('invalid sites in tests/fixtures/sites', () => {
  it('should cover every failure mode with a folder', () => {
    expect(CASES).toEqual(
      expect.arrayContaining([
        'invalid-bad-offer',
        'invalid-bad-yaml',
        'invalid-duplicate-permalink',
        'invalid-missing-date',
        'invalid-missing-media',
        'invalid-unknown-setting',
        'invalid-unsafe-url',
        // Found by fuzzing (tests/fuzz/): each crashed the build, hung it, or gave an error without its line.
        'invalid-alias-bomb',
        'invalid-deep-nesting',
        'invalid-emphasis-run',
        'invalid-field-names',
        'invalid-picture-address',
        'invalid-long-names',
        'invalid-self-alias',
        'invalid-unresolved-alias',
        // Issue 12: an edition's language and translations.
        'invalid-edition-language',
        'invalid-translations',
        // Issue 13: the podcast's settings.
        'invalid-podcast',
        // Issue 13: the email edition's settings.
        'invalid-email-settings',
        'invalid-email-one-click',
        // Issue 13: which editions get a share image.
        'invalid-share-images',
        // Issue 14: the search settings.
        'invalid-search',
      ]),
    );
  });

  it.each(CASES)('%s: the build fails with exactly the diagnostics in expected.json and leaves public/ untouched', async (name) => {
    const fixture = join(SITES, name);
    const expected = JSON.parse(await readFile(join(fixture, 'expected.json'), 'utf8')) as { diagnostics: Located[] };
    const root = tempDir('edition-invalid-');
    await cp(fixture, root, { recursive: true, filter: (path) => basename(path) !== 'expected.json' });
    await mkdir(join(root, 'public'));
    await writeFile(join(root, 'public', MARKER), '<p>The last good build.</p>\n');

    const failure = await buildProject(root).then(
      () => new Error(`${name} built without an error`),
      (cause: unknown) => cause,
    );
    expect(failure).toBeInstanceOf(BuildFailedError);
    const diagnostics = (failure as BuildFailedError).diagnostics;
    expect(diagnostics.map(located), JSON.stringify(diagnostics, null, 1)).toEqual(expected.diagnostics);

    expect(await readdir(join(root, 'public'), { recursive: true })).toEqual([MARKER]);
    expect(await readFile(join(root, 'public', MARKER), 'utf8')).toBe('<p>The last good build.</p>\n');
  });
});
