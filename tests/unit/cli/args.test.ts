import { describe, expect, it } from 'vitest';
import { formatOptions, parseCommandArgs } from '../../../src/cli/args.js';
import { UsageError } from '../../../src/cli/io.js';

const specs = {
  port: { type: 'string', value: 'N', description: 'port' },
  quiet: { type: 'boolean', description: 'quiet' },
  help: { type: 'boolean', short: 'h', description: 'help' },
} as const;

function parse(...argv: string[]) {
  return parseCommandArgs('edition dev', argv, specs, 1);
}

describe('parseCommandArgs', () => {
  it('should read strings, booleans, short options and positionals', () => {
    expect(parse('--port', '4000', '--quiet', 'x')).toEqual({ values: { port: '4000', quiet: true, help: false }, positionals: ['x'] });
    expect(parse('--port=5', '-h').values).toEqual({ port: '5', quiet: false, help: true });
  });

  it.each([
    [['--prot', '1'], 'Unknown option --prot for "edition dev". Did you mean --port? Run "edition dev --help" for the options.'],
    [['--port'], 'The option --port needs a value: --port N. Run "edition dev --help" for the options.'],
    [['--port', '--quiet'], 'The option --port needs a value: --port N. Run "edition dev --help" for the options.'],
    [['--quiet=yes'], 'The option --quiet takes no value. Run "edition dev --help" for the options.'],
    [['a', 'b'], '"edition dev" does not take the argument "b" (put text with spaces in quotes). Run "edition dev --help" for the options.'],
  ])('errors on %j with one line', (argv, message) => {
    expect(() => parse(...argv)).toThrow(new UsageError(message));
  });

  it('should format the options as aligned help lines', () => {
    expect(formatOptions(specs).split('\n')).toEqual(['      --port N  port', '      --quiet   quiet', '  -h, --help    help']);
  });
});
