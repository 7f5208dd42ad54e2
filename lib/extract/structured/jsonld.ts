import { MAX_DEPTH, MAX_THINGS, type Thing } from './thing';

// JSON-LD: every <script type="application/ld+json"> block, @graph and nested shapes flattened to a list of
// top-level things. Broken JSON is skipped (real pages often have trailing commas or HTML comments inside).

export function readJsonLd(blocks: string[]): Thing[] {
  const out: Thing[] = [];
  for (const raw of blocks) {
    const data = parseLenient(raw);
    if (data !== undefined) collect(data, out, 0);
    if (out.length > MAX_THINGS) break;
  }
  return out;
}

function parseLenient(raw: string): unknown {
  const text = raw
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Trailing commas and raw newlines inside strings are the usual breakage.
      return JSON.parse(text.replace(/,\s*([}\]])/g, '$1').replace(/[\r\n\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function collect(data: unknown, out: Thing[], depth: number) {
  if (depth > MAX_DEPTH || out.length > MAX_THINGS || !data || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const d of data) collect(d, out, depth + 1);
    return;
  }
  const obj = data as Record<string, unknown>;
  if (Array.isArray(obj['@graph'])) collect(obj['@graph'], out, depth + 1);
  if (obj['@type'] !== undefined) out.push(normalise(obj, depth) as Thing);
}

/** Strips prefixes from keys and types ("schema:name" → "name"), keeps nesting. */
function normalise(v: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return undefined;
  if (Array.isArray(v)) return v.slice(0, 200).map((x) => normalise(x, depth + 1));
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
      const key = k.startsWith('@') ? k : k.replace(/^.*[/#:]/, '');
      o[key] = normalise(val, depth + 1);
    }
    if (typeof o['@value'] === 'string' || typeof o['@value'] === 'number') return String(o['@value']);
    return o;
  }
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' ? v : undefined;
}
