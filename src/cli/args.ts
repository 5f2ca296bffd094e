/**
 * Options and arguments of one subcommand, parsed with node:util's parseArgs
 * tokens and checked here so every mistake becomes a one-line UsageError
 * that says what to do ("Did you mean --port?").
 */
import { parseArgs } from 'node:util';
import { didYouMean } from '../util/did-you-mean.js';
import { UsageError } from './io.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder for the value in help, e.g. "DIR". */
  value?: string;
  short?: string;
  description: string;
  /** A string option that may be given more than once: its values are joined with commas (--to a --to b is --to a,b). */
  multiple?: boolean;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** Parsed option values: booleans default to false, strings to undefined. */
export type OptionValues<T extends OptionSpecs> = {
  [K in keyof T]: T[K]['type'] extends 'boolean' ? boolean : string | undefined;
};

/** Every subcommand takes --help. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h', description: 'show this help' } } as const satisfies OptionSpecs;

/** Parse `argv` for `command` ("edition dev"); throws UsageError with one line. */
export function parseCommandArgs<T extends OptionSpecs>(
  command: string,
  argv: readonly string[],
  specs: T,
  maxPositionals: number,
): { values: OptionValues<T>; positionals: string[] } {
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) values[name] = spec.type === 'boolean' ? false : undefined;
  const positionals: string[] = [];
  const helpHint = `Run "${command} --help" for the options.`;

  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const spec = specs[token.name];
    if (!spec) {
      const guess = didYouMean(token.name, Object.keys(specs));
      throw new UsageError(
        `Unknown option ${token.rawName} for "${command}".${guess ? ` Did you mean --${guess}?` : ''} ${helpHint}`,
      );
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`The option --${token.name} takes no value. ${helpHint}`);
      values[token.name] = true;
    } else {
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
        throw new UsageError(`The option --${token.name} needs a value: --${token.name} ${spec.value ?? 'VALUE'}. ${helpHint}`);
      }
      const earlier = values[token.name];
      values[token.name] = spec.multiple && typeof earlier === 'string' ? `${earlier},${token.value}` : token.value;
    }
  }
  if (positionals.length > maxPositionals && !values.help) {
    const extra = positionals[maxPositionals]!;
    const guess = extra.startsWith('-') ? '' : ` (put text with spaces in quotes)`;
    throw new UsageError(`"${command}" does not take the argument "${extra}"${guess}. ${helpHint}`);
  }
  return { values: values as OptionValues<T>, positionals };
}

/** The options part of a help text, one aligned line per option. */
export function formatOptions(specs: OptionSpecs): string {
  const rows = Object.entries(specs).map(([name, spec]) => [
    `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`,
    spec.description,
  ]);
  const width = Math.max(...rows.map(([left]) => left!.length));
  return rows.map(([left, right]) => `  ${left!.padEnd(width)}  ${right}`).join('\n');
}
