/** argv → the subcommand that handles it, or the list of commands; unknown commands are one-line usage errors. */
import { editionVersion } from '../package-files.js';
import { didYouMean } from '../util/did-you-mean.js';
import { buildCommand } from './build-command.js';
import { checkCommand } from './check-command.js';
import { devCommand } from './dev-command.js';
import { emailCommand } from './email-command.js';
import { initCommand } from './init-command.js';
import { newCommand } from './new-command.js';
import { sendCommand } from './send-command.js';
import { templatesCommand } from './templates-command.js';
import type { Command } from './command.js';
import { EXIT, type Io } from './io.js';

/** Every subcommand, in the order of a publication's life and an editor's day. */
export const commands: readonly Command[] = [initCommand, newCommand, devCommand, checkCommand, buildCommand, emailCommand, sendCommand, templatesCommand];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: edition <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "edition <command> --help" for the options of a command, "edition --version" for the version.',
  ].join('\n');
}

/** Run the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : commands.find((c) => c.name === topic);
    if (topic !== undefined && !command) return unknownCommand(topic, io);
    // Bare "edition" is a usage error: the list goes to stderr and the exit code is 2.
    (first === undefined ? io.stderr : io.stdout).write(`${command ? command.help() : overview()}\n`);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v' || first === 'version') {
    io.stdout.write(`${editionVersion()}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) return unknownCommand(first, io);
  return command.execute(rest, io);
}

function unknownCommand(name: string, io: Io): number {
  const guess = didYouMean(name, commands.map((c) => c.name));
  const what = name.startsWith('-') ? `Put options after the command, e.g. "edition build ${name}".` : `Unknown command "${name}".`;
  io.stderr.write(
    `${what}${guess && !name.startsWith('-') ? ` Did you mean "${guess}"?` : ''} Commands: ${commands.map((c) => c.name).join(', ')}. Run "edition --help" for more.\n`,
  );
  return EXIT.usage;
}
