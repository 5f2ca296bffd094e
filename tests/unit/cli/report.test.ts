import { describe, expect, it } from 'vitest';
import { describeSystemError } from '../../../src/cli/report.js';

const failure = (code: string, path?: string) => Object.assign(new Error(`${code}: failed`), { code, ...(path ? { path } : {}) });

describe('describeSystemError', () => {
  it('turns a full disk into one line naming the path and what to do', () => {
    expect(describeSystemError(failure('ENOSPC', '/site/.edition-staging-public-1-0badcafe/index.html'))).toBe(
      'Could not use /site/.edition-staging-public-1-0badcafe/index.html: the disk is full; free some space and build again (ENOSPC). ' +
        'A site already published is left as it was, or is finished by the next build.',
    );
  });

  it('names permissions and read-only file systems', () => {
    expect(describeSystemError(failure('EACCES', '/srv/www'))).toMatch(/^Could not use \/srv\/www: permission denied/);
    expect(describeSystemError(failure('EROFS'))).toMatch(/^Could not use a file: the file system is read-only/);
  });

  it('leaves every other error to the internal-error report', () => {
    expect(describeSystemError(failure('ENOENT', '/x'))).toBeUndefined();
    expect(describeSystemError(new TypeError('x is not a function'))).toBeUndefined();
    expect(describeSystemError(undefined)).toBeUndefined();
  });
});
