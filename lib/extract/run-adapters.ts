import type { SiteAdapter } from './adapters/types';
import type { DraftLead, ExtractResult } from './types';
import { emptyLead } from './types';

// Site adapters whose URL patterns fit the page: detect the page type, then take what the adapter knows
// (src 'adapter'); the generic layers fill the rest.

const compiled = new Map<string, RegExp>();

/** `*://*.example.com/path*` → a RegExp over the whole URL (compiled once per pattern). */
export function matchPattern(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) compiled.set(pattern, (re = compile(pattern)));
  return re;
}

function compile(pattern: string): RegExp {
  const m = pattern.match(/^(\*|https?|file):\/\/([^/]*)(\/.*)?$/);
  if (!m) return /$^/;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const scheme = m[1] === '*' ? 'https?' : esc(m[1]);
  const host =
    m[2] === '*'
      ? '[^/]*'
      : esc(m[2])
          .replace(/^\\?\*\\?\./, '(?:[^/]*\\.)?')
          .replace(/\*/g, '[^/]*');
  const path = esc(m[3] ?? '/*').replace(/\*/g, '.*');
  return new RegExp(`^${scheme}://${host}${path}$`, 'i');
}

/**
 * What the matching adapter gave. `standalone`: the page type is one the adapter declares standalone (a seller's
 * order page, a list) and it returned leads, so the generic layers' page-wide finds must not join them.
 */
export interface AdapterRun {
  info: NonNullable<ExtractResult['adapter']>;
  leads: DraftLead[];
  standalone: boolean;
}

export function runAdapters(list: SiteAdapter[], doc: Document, url: string): AdapterRun | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  for (const a of list) {
    if (!a.matches.some((p) => matchPattern(p).test(u.href))) continue;
    let pageType: string | null = null;
    try {
      pageType = a.detect(u, doc);
    } catch {
      pageType = null;
    }
    if (!pageType) return { info: { id: a.id, recognised: false }, leads: [], standalone: false };
    let parts: Partial<DraftLead>[] = [];
    try {
      parts = a.extract(doc, u);
    } catch {
      parts = [];
    }
    const leads = parts.map((p) => ({ ...emptyLead(p.kind ?? 'company'), ...p }) as DraftLead);
    const standalone = leads.length > 0 && (a.standalone ?? []).includes(pageType);
    return { info: { id: a.id, pageType, recognised: true }, leads, standalone };
  }
  return null;
}
