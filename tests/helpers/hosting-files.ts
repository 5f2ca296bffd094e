/**
 * _headers and _redirects read the way Netlify and Cloudflare Pages read them:
 * a path pattern on its own line, its headers indented below; "*" matches
 * anything (slashes too), a ":name" segment one segment. Every rule that
 * matches a path applies, and a header set by two of them is sent once with
 * the values joined by ", " (Cloudflare's documented behaviour; for
 * Content-Security-Policy that means both policies are enforced).
 */

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  /** 1-based line of the pattern, for messages. */
  line: number;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: a path must start with "/", found ${JSON.stringify(line)}`);
      rules.push({ pattern: line.trim(), headers: [], line: index + 1 });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path, found ${JSON.stringify(line)}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** A rule's path pattern as a regular expression over the request's path (as sent, percent-encoded). */
export function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') && segment.length > 1 ? '[^/]+' : segment.split('*').map(escapeRegExp).join('.*')))
    .join('/');
  return new RegExp(`^${source}$`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function matchingRules(rules: readonly HeaderRule[], pathname: string): HeaderRule[] {
  return rules.filter((rule) => patternRegExp(rule.pattern).test(pathname));
}

/** The headers a request for `pathname` gets: lower-case name → value, joined over every matching rule. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of matchingRules(rules, pathname)) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}

/** A Content-Security-Policy header value (possibly several policies, comma-separated) → one directive map per policy. */
export function parseCsp(value: string): Map<string, string[]>[] {
  return value.split(',').map(
    (policy) =>
      new Map(
        policy
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .filter((parts) => parts[0] !== '')
          .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
      ),
  );
}

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  line: number;
}

export function parseRedirectsFile(text: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const parts = line.split(/\s+/);
    if (parts.length !== 3 || !/^\d{3}$/.test(parts[2]!)) throw new Error(`_redirects line ${index + 1}: expected "from to status", found ${JSON.stringify(line)}`);
    rules.push({ from: parts[0]!, to: parts[1]!, status: Number(parts[2]), line: index + 1 });
  });
  return rules;
}
