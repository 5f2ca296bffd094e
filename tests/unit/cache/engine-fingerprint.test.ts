import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundleFingerprint,
  codeFingerprint,
  engineFingerprint,
  FINGERPRINT_FILE,
  fingerprintOf,
  RUNTIME_VERSIONS,
  sourcesFingerprint,
} from '../../../src/cache/engine-fingerprint.js';
import { REPO } from '../../helpers/site.js';
import { tempDir } from '../../helpers/temp.js';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = tempDir('edition-engine-');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

describe('bundleFingerprint', () => {
  it('should change with any bundle file and only with the .js files', async () => {
    const dir = await folder({ 'cli.js': 'a', 'chunk-1.js': 'b' });
    const first = bundleFingerprint(dir);
    await writeFile(join(dir, 'cli.js.map'), '{}');
    await writeFile(join(dir, FINGERPRINT_FILE), 'x');
    expect(bundleFingerprint(dir)).toBe(first);
    await writeFile(join(dir, 'chunk-1.js'), 'c');
    expect(bundleFingerprint(dir)).not.toBe(first);
    await writeFile(join(dir, 'chunk-1.js'), 'b');
    await writeFile(join(dir, 'chunk-2.js'), '');
    expect(bundleFingerprint(dir)).not.toBe(first);
  });

  it('should not depend on the order files were written in', async () => {
    const one = await folder({ 'a.js': '1', 'b.js': '2' });
    const two = await folder({ 'b.js': '2', 'a.js': '1' });
    expect(bundleFingerprint(one)).toBe(bundleFingerprint(two));
  });
});

describe('fingerprintOf', () => {
  it('should use the digest stored beside a bundle, or hash the bundle without one', async () => {
    const dir = await folder({ 'cli.js': 'a', 'chunk-1.js': 'b' });
    expect(fingerprintOf(join(dir, 'chunk-1.js'))).toBe(bundleFingerprint(dir));
    await writeFile(join(dir, FINGERPRINT_FILE), `${'f'.repeat(64)}\n`);
    expect(fingerprintOf(join(dir, 'chunk-1.js'))).toBe('f'.repeat(64));
    await writeFile(join(dir, FINGERPRINT_FILE), 'truncated');
    expect(fingerprintOf(join(dir, 'chunk-1.js'))).toBe(bundleFingerprint(dir));
  });

  it('should hash every module under src/ when run from TypeScript', async () => {
    const src = await folder({ 'build.ts': 'a', 'cache/engine-fingerprint.ts': 'b', 'notes.md': 'c' });
    const first = fingerprintOf(join(src, 'cache/engine-fingerprint.ts'));
    expect(first).toBe(sourcesFingerprint(src));
    await writeFile(join(src, 'notes.md'), 'd');
    expect(sourcesFingerprint(src)).toBe(first);
    await writeFile(join(src, 'build.ts'), 'e');
    expect(sourcesFingerprint(src)).not.toBe(first);
  });

  it('should be what tests running src/ get', () => {
    expect(codeFingerprint()).toBe(sourcesFingerprint(join(REPO, 'src')));
  });
});

describe('engineFingerprint', () => {
  it("should be this runtime's by default", () => {
    expect(engineFingerprint()).toBe(engineFingerprint(process.versions));
    expect(engineFingerprint({ ...process.versions })).toBe(engineFingerprint());
  });

  it.each(RUNTIME_VERSIONS)('should change with the %s version', (name) => {
    const versions = { ...process.versions };
    expect(engineFingerprint({ ...versions, [name]: `${versions[name]}.1` })).not.toBe(engineFingerprint(versions));
    expect(engineFingerprint({ ...versions, [name]: undefined })).not.toBe(engineFingerprint(versions));
  });

  it('should change with the time-zone data alone, e.g. 2024a to 2024b', () => {
    const versions = { ...process.versions };
    expect(engineFingerprint({ ...versions, tz: '2024a' })).not.toBe(engineFingerprint({ ...versions, tz: '2024b' }));
  });

  it("should not change with versions that decide no output's bytes", () => {
    expect(engineFingerprint({ ...process.versions, openssl: 'other', zlib: 'other' } as typeof process.versions)).toBe(engineFingerprint());
  });
});

describe('the bundle in dist/', () => {
  // The global setup bundles; scripts/bundle.mjs stores the digest that a build would otherwise compute.
  it('should store the digest bundleFingerprint() computes', () => {
    const dist = join(REPO, 'dist');
    expect(readFileSync(join(dist, FINGERPRINT_FILE), 'utf8').trim()).toBe(bundleFingerprint(dist));
  });
});
