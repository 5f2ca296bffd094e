#!/usr/bin/env node
/** The command line: argv → build(); prints diagnostics; sets the exit code. The only module that touches `process`. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from './build.js';
import { BuildFailedError, formatDiagnostic, type Diagnostic } from './diagnostics.js';

const USAGE = `Usage: edition build [options]

Builds content/ into public/.

Options:
  --root DIR      project folder (default: current folder)
  --content DIR   content folder (default: content)
  --out DIR       output folder (default: public)
  --drafts        include editions marked draft: true
  --future        include editions dated in the future
  --quiet         print only problems
  -h, --help      show this help`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        root: { type: 'string' },
        content: { type: 'string' },
        out: { type: 'string' },
        drafts: { type: 'boolean', default: false },
        future: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (cause) {
    process.stderr.write(`${(cause as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const [command = 'build'] = args.positionals;
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'build') {
    process.stderr.write(`Unknown command "${command}". Run "edition --help" for the list of commands.\n`);
    return 2;
  }
  const root = resolve(args.values.root ?? '.');
  const started = performance.now();
  try {
    const result = await build({
      root,
      ...(args.values.content ? { contentDir: args.values.content } : {}),
      ...(args.values.out ? { outDir: args.values.out } : {}),
      drafts: args.values.drafts,
      future: args.values.future,
    });
    printDiagnostics(result.diagnostics, root);
    if (!args.values.quiet) {
      const ms = Math.round(performance.now() - started);
      const { published, drafts, scheduled, nextScheduled } = result.editions;
      const { output, rendering } = result;
      process.stdout.write(
        `Built ${output.files} files from ${published} edition${published === 1 ? '' : 's'} into ${result.outDir} in ${ms} ms` +
          ` (${drafts} draft${drafts === 1 ? '' : 's'} and ${scheduled} scheduled left out).\n` +
          `  ${output.written} written, ${output.unchanged} unchanged, ${output.removed} removed; ` +
          `Markdown: ${rendering.rendered} rendered, ${rendering.fromCache} from cache.\n`,
      );
      if (nextScheduled) {
        process.stdout.write(`Next scheduled edition: ${nextScheduled.file} becomes due at ${nextScheduled.date.iso}; rebuild then.\n`);
      }
    }
    return 0;
  } catch (cause) {
    if (cause instanceof BuildFailedError) {
      printDiagnostics(cause.diagnostics, root);
      process.stderr.write(`\n${cause.message}\n`);
      return 1;
    }
    throw cause;
  }
}

function printDiagnostics(diagnostics: readonly Diagnostic[], root: string): void {
  const texts = new Map<string, string | undefined>();
  const source = (file: string) => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(resolve(root, file), 'utf8'));
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d, source(d.file))}\n\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    process.stderr.write(`Internal error: ${(cause as Error)?.stack ?? String(cause)}\nPlease report this; it is a bug in Edition, not in your content.\n`);
    process.exitCode = 70;
  },
);
