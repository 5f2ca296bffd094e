/**
 * The GitHub Actions workflow `edition init` gives a new publication
 * (starter/github/workflows/publish.yml, which becomes .github/workflows/):
 * valid for GitHub's workflow schema, and doing what the README promises.
 * No network and no builds: the file is parsed and read.
 */
import { readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const FILE = new URL('../../../starter/github/workflows/publish.yml', import.meta.url);
const README = new URL('../../../README.md', import.meta.url);
const text = readFileSync(FILE, 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  'runs-on'?: string;
  'timeout-minutes'?: number;
  environment?: { name: string; url?: string };
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

// The yaml package reads `on` as the string "on" (YAML 1.2), not as true.
const workflow = parse(text) as Workflow;
const build = workflow.jobs.build!;
const deploy = workflow.jobs.deploy!;

const uses = (action: string) => (step: Step) => step.uses?.startsWith(`${action}@`) ?? false;
const index = (job: Job, test: (step: Step) => boolean) => job.steps.findIndex(test);

/** The value a `--url` argument of a step's `run` gets, with the step's env variables filled in. */
function urlArgument(step: Step): string | undefined {
  const match = /--url\s+("[^"]*"|'[^']*'|\S+)/.exec(step.run ?? '');
  if (!match) return undefined;
  const raw = match[1]!.replace(/^["']|["']$/g, '');
  return raw.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (whole, name: string) => step.env?.[name] ?? whole);
}

const RANGES: [min: number, max: number][] = [
  [0, 59], // minute
  [0, 23], // hour
  [1, 31], // day of the month
  [1, 12], // month
  [0, 6], // day of the week
];
const NAMES = [undefined, undefined, undefined, ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'], ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']];

/**
 * The values of each of the five fields of a POSIX cron expression, as GitHub
 * documents it (*, lists, ranges, steps; month and weekday names), or
 * undefined when it is not one. GitHub's schema only checks the shape, so
 * "60 * * * *" passes it: this checks the ranges too.
 */
function cronFields(expression: string): Set<number>[] | undefined {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) return undefined;
  const result: Set<number>[] = [];
  for (const [i, field] of fields.entries()) {
    const [min, max] = RANGES[i]!;
    const value = (word: string) => {
      const named = NAMES[i]?.indexOf(word.toUpperCase()) ?? -1;
      if (named >= 0) return i === 3 ? named + 1 : named;
      return /^\d+$/.test(word) ? Number(word) : NaN;
    };
    const values = new Set<number>();
    for (const part of field.split(',')) {
      const match = /^(\*|([A-Za-z0-9]+)(?:-([A-Za-z0-9]+))?)(?:\/(\d+))?$/.exec(part);
      if (!match) return undefined;
      const from = match[1] === '*' ? min : value(match[2]!);
      const to = match[1] === '*' ? max : match[3] !== undefined ? value(match[3]) : match[4] !== undefined ? max : from;
      const step = match[4] !== undefined ? Number(match[4]) : 1;
      if (![from, to].every((n) => Number.isInteger(n) && n >= min && n <= max) || from > to || step < 1) return undefined;
      for (let n = from; n <= to; n += step) values.add(n);
    }
    result.push(values);
  }
  return result;
}

describe('cronFields (the test helper)', () => {
  it('should read the five fields and refuse what is out of range or malformed', () => {
    expect(cronFields('7 * * * *')?.map((set) => set.size)).toEqual([1, 24, 31, 12, 7]);
    expect([...cronFields('0 10,11 * * MON-FRI')![4]!]).toEqual([1, 2, 3, 4, 5]);
    expect([...cronFields('*/20 */6 * * *')![0]!]).toEqual([0, 20, 40]);
    for (const bad of ['60 * * * *', '7 24 * * *', '7 * 0 * *', '7 * * 13 *', '7 * * * 7', '7 * * *', '7 * * * * *', 'x * * * *', '5-1 * * * *', '*/0 * * * *']) {
      expect(cronFields(bad), bad).toBeUndefined();
    }
  });
});

describe('the publish workflow', () => {
  it("should pass GitHub's workflow schema", () => {
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('should fail the schema check when broken, so the check above proves something', () => {
    const broken = {
      'a misspelled top-level key': text.replace('permissions:', 'permisions:'),
      'a misspelled step key': text.replace('run: npm ci', 'runs: npm ci'),
      'an unknown permission level': text.replace('pages: write', 'pages: writ'),
      'a job that needs a missing job': text.replace('needs: build', 'needs: buidl'),
      'a cron without five fields': text.replace(/cron: '[^']*'/, "cron: '7 * * *'"),
    };
    for (const [what, variant] of Object.entries(broken)) {
      expect(variant, what).not.toBe(text);
      expect(validateWorkflow(variant).errors.length, what).toBeGreaterThan(0);
    }
  });

  it('should build on every push to main, on a schedule, and by hand', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.on.workflow_dispatch ?? null).toBeNull();
  });

  it('should run the schedule at least daily, off the top of the hour where GitHub delays runs', () => {
    const schedule = workflow.on.schedule as { cron: string }[];
    expect(schedule).toHaveLength(1);
    const fields = cronFields(schedule[0]!.cron);
    expect(fields, schedule[0]!.cron).toBeDefined();
    const [minutes, hours, days, months, weekdays] = fields!;
    expect(minutes!.has(0)).toBe(false);
    expect(hours!.size).toBeGreaterThan(0);
    // Every day of every month: a daily publication publishes on weekends too.
    expect([days!.size, months!.size, weekdays!.size]).toEqual([31, 12, 7]);
  });

  it('should ask for exactly what a Pages deployment needs, and let only the deploy job (which runs no npm code) publish', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('should check out, set up Node with npm cache, install, build for the Pages address and upload public/, in order', () => {
    const steps = build.steps;
    const checkout = index(build, uses('actions/checkout'));
    const node = index(build, uses('actions/setup-node'));
    const install = index(build, (step) => step.run?.trim() === 'npm ci');
    const pages = index(build, uses('actions/configure-pages'));
    const edition = index(build, (step) => /(^|\s)(npx edition build|npm run build --)\s/.test(step.run ?? ''));
    const upload = index(build, uses('actions/upload-pages-artifact'));
    expect([checkout, node, install, edition, upload].every((i) => i >= 0)).toBe(true);
    expect([checkout, node, install, edition, upload]).toEqual([...[checkout, node, install, edition, upload]].sort((a, b) => a - b));
    expect(new Set([checkout, node, install, edition, upload]).size).toBe(5);

    expect(steps[node]!.with).toMatchObject({ cache: 'npm' });
    expect(String(steps[node]!.with?.['node-version'])).toMatch(/^\d+$/);

    // The address comes from configure-pages, asked before the build, with the trailing slash.
    expect(pages).toBeGreaterThanOrEqual(0);
    expect(pages).toBeLessThan(edition);
    const id = steps[pages]!.id;
    expect(id).toBeTruthy();
    expect(urlArgument(steps[edition]!)).toBe(`\${{ steps.${id}.outputs.base_url }}/`);

    expect(steps[upload]!.with).toEqual({ path: 'public' });
  });

  it('should deploy after the build, to the github-pages environment', () => {
    expect([deploy.needs].flat()).toEqual(['build']);
    const step = deploy.steps.find(uses('actions/deploy-pages'));
    expect(step?.id).toBeTruthy();
    expect(deploy.environment).toEqual({ name: 'github-pages', url: `\${{ steps.${step!.id}.outputs.page_url }}` });
  });

  it('should pin every action to a major version tag and bound every job in time', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job['runs-on'], name).toBe('ubuntu-latest');
      // GitHub's default is 6 hours, paid for by the minute in a private repository.
      expect(job['timeout-minutes'], name).toBeLessThanOrEqual(30);
      for (const step of job.steps.filter((s) => s.uses)) expect(step.uses, name).toMatch(/^actions\/[a-z-]+@v\d+$/);
    }
  });
});

describe("the README's workflows", () => {
  it("should all pass GitHub's workflow schema", () => {
    const blocks = [...readFileSync(README, 'utf8').matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
    const workflows = blocks.filter((block) => /^jobs:/m.test(block) && /^on:/m.test(block));
    expect(workflows.length).toBeGreaterThanOrEqual(3);
    for (const block of workflows) {
      expect(validateWorkflow(block).errors, block.split('\n')[0]).toEqual([]);
    }
  });
});
