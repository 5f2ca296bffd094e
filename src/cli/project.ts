/** Where the project and its content are, from --root and --content, checked before any work starts. */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CliError } from './io.js';
import type { OptionSpecs } from './args.js';

/** Options every command that reads a project takes. */
export const PROJECT_OPTIONS = {
  root: { type: 'string', value: 'DIR', description: 'project folder (default: the current folder)' },
  content: { type: 'string', value: 'DIR', description: 'content folder inside the project (default: content)' },
} as const satisfies OptionSpecs;

export interface Project {
  root: string;
  /** As given (relative to root), for build options. */
  contentOption?: string;
  contentDir: string;
}

/** Resolve the project; a content folder that does not exist is a one-line CliError. */
export function findProject(values: { root?: string | undefined; content?: string | undefined }, cwd: string): Project {
  const root = resolve(cwd, values.root ?? '.');
  const contentDir = resolve(root, values.content ?? 'content');
  if (!isDirectory(contentDir)) {
    const shown = relative(cwd, contentDir) || '.';
    const hint = values.content || values.root
      ? 'Check the --root and --content options.'
      : 'Run edition from the project folder (the one with content/ in it), or pass --root DIR.';
    throw new CliError(`The content folder "${shown}" does not exist. ${hint}`);
  }
  return { root, contentDir, ...(values.content ? { contentOption: values.content } : {}) };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
