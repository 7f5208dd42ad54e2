// Match patterns in the WebExtension style (`*://*.example.com/path*`), so the same strings can later become
// optional host permissions. Scheme `*` means http or https; a host `*.x.com` matches x.com and its subdomains;
// the path is a glob where `*` matches anything (query string included).

function escape(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

const cache = new Map<string, RegExp>();

export function patternRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re) return re;
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad match pattern: ${pattern}`);
  const [, scheme, host, path] = m;
  const s = scheme === '*' ? 'https?' : scheme;
  const h = host.startsWith('*.') ? `(?:[^/]*\\.)?${escape(host.slice(2))}` : escape(host);
  const p = path.split('*').map(escape).join('.*');
  re = new RegExp(`^${s}://${h}${p}$`, 'i');
  cache.set(pattern, re);
  return re;
}

/** Whether the URL (path plus query) matches one of the patterns. */
export function matchesAny(patterns: readonly string[], url: URL | string): boolean {
  const u = typeof url === 'string' ? new URL(url) : url;
  const target = `${u.protocol}//${u.host}${u.pathname}${u.search}`;
  return patterns.some((p) => patternRegExp(p).test(target));
}
