/** The shape of a subcommand, and the wrapper that parses its arguments, prints its help and turns CliErrors into one line. */
import { formatOptions, HELP_OPTION, parseCommandArgs, type OptionSpecs, type OptionValues } from './args.js';
import { CliError, EXIT, type Io } from './io.js';

export interface CommandSpec<T extends OptionSpecs> {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** What follows "edition", e.g. 'new "Headline" [options]'. */
  usage: string;
  /** A paragraph or two for --help. */
  description: string;
  options: T;
  /** How many positional arguments the command takes at most. */
  maxPositionals?: number;
  run(input: { values: OptionValues<T & typeof HELP_OPTION>; positionals: string[] }, io: Io): Promise<number>;
}

/** A subcommand ready to run from raw arguments. */
export interface Command {
  name: string;
  summary: string;
  help(): string;
  execute(argv: readonly string[], io: Io): Promise<number>;
}

export function defineCommand<T extends OptionSpecs>(spec: CommandSpec<T>): Command {
  const specs = { ...spec.options, ...HELP_OPTION };
  const help = () =>
    `Usage: edition ${spec.usage}\n\n${spec.description}\n\nOptions:\n${formatOptions(specs)}`;
  return {
    name: spec.name,
    summary: spec.summary,
    help,
    async execute(argv, io) {
      let json = false;
      try {
        const parsed = parseCommandArgs(`edition ${spec.name}`, argv, specs, spec.maxPositionals ?? 0);
        if (parsed.values.help) {
          io.stdout.write(`${help()}\n`);
          return EXIT.ok;
        }
        json = (parsed.values as Record<string, unknown>).json === true;
        return await spec.run(parsed as Parameters<CommandSpec<T>['run']>[0], io);
      } catch (cause) {
        if (!(cause instanceof CliError)) throw cause;
        io.stderr.write(`${cause.message}\n`);
        if (json) io.stdout.write(`${JSON.stringify({ ok: false, command: spec.name, error: cause.message })}\n`);
        return cause.exitCode;
      }
    },
  };
}
