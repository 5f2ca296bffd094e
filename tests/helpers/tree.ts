/** Snapshot of a folder's files and bytes, to prove a failed build changed nothing. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function treeDigest(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  const digest: Record<string, string> = {};
  for (const file of files) digest[relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  return digest;
}
