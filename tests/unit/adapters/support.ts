import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { DraftLead, Found } from '../../../lib/extract/types';

// Shared by the adapter tests: the fixture pages, a DOM for them, and the plain-value projection of a lead that
// the expected cards (`<name>.expected.json`) are written in.

export const FIXTURES = join(__dirname, '../../fixtures/adapters');

export interface Fixture {
  id: string;
  name: string;
  html: string;
  expected: { url: string; pageType: string; leads: unknown[] };
}

export function fixtures(): Fixture[] {
  const out: Fixture[] = [];
  // Folders starting with _ hold pages for other tests (taught recipes), not an adapter's.
  for (const id of readdirSync(FIXTURES).filter((d) => !d.startsWith('_'))) {
    for (const f of readdirSync(join(FIXTURES, id))) {
      if (!f.endsWith('.html')) continue;
      const name = f.slice(0, -5);
      out.push({
        id,
        name,
        html: readFileSync(join(FIXTURES, id, f), 'utf8'),
        expected: JSON.parse(readFileSync(join(FIXTURES, id, `${name}.expected.json`), 'utf8')),
      });
    }
  }
  return out;
}

export function parse(html: string, url = 'https://example.com/'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return doc as unknown as Document;
}

const val = <T>(f: Found<T> | undefined) => f?.value;

/** A lead as plain values, empty parts left out: the shape of the expected cards. */
export function project(lead: Partial<DraftLead>): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: lead.kind };
  if (lead.organization) out.organization = lead.organization.value;
  for (const k of ['persons', 'phones', 'faxes', 'emails', 'websites', 'addresses'] as const) {
    const xs = lead[k] as Found<unknown>[] | undefined;
    if (xs?.length) out[k] = xs.map(val);
  }
  const im = Object.entries(lead.im ?? {}).filter(([, v]) => v?.length);
  if (im.length) out.im = Object.fromEntries(im.map(([k, v]) => [k, v!.map(val)]));
  const profile = Object.entries(lead.profile ?? {}).filter(([, v]) => v);
  if (profile.length) out.profile = Object.fromEntries(profile.map(([k, v]) => [k, val(v as Found<unknown>)]));
  for (const k of ['platformIds', 'orders'] as const) {
    const xs = lead[k] as Found<unknown>[] | undefined;
    if (xs?.length) out[k] = xs.map(val);
  }
  return out;
}

/** Every Found value in a lead, to check provenance. */
export function allFound(lead: Partial<DraftLead>): Found<unknown>[] {
  const out: Found<unknown>[] = [];
  if (lead.organization) out.push(lead.organization);
  for (const k of ['persons', 'phones', 'faxes', 'emails', 'websites', 'addresses', 'platformIds', 'orders'] as const)
    out.push(...((lead[k] as Found<unknown>[] | undefined) ?? []));
  for (const v of Object.values(lead.im ?? {})) out.push(...(v ?? []));
  for (const v of Object.values(lead.profile ?? {})) if (v) out.push(v as Found<unknown>);
  return out;
}
