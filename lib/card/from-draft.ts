import type { CardDraft } from '../messages';
import type { DraftLead, ExtractResult, Found } from '../extract/types';
import { IM_KINDS, type Address, type Contact, type ContactValue, type ImHandle, type Prov } from './schema';
import {
  isMaskedPhone,
  normalizeEmail,
  normalizeIm,
  normalizePhone,
  normalizeWebsite,
  regionFromHost,
  type Region,
} from './normalize';
import { newId } from './ids';

// Extraction hands over DraftLeads (values with the layer that found them); the archive keeps CardDrafts (values
// with provenance pointing into card.sources). This is the one place that turns one into the other.

export interface CaptureMeta {
  url?: string;
  capturedAt?: number;
  /** Site adapter id or 'generic'. */
  extractor?: string;
  /** Region for local phone numbers; by default from the page's host. */
  region?: Region;
}

function prov(f: Found<unknown>): Prov {
  const p: Prov = { src: f.src, conf: Math.min(1, Math.max(0, f.conf)), at: 0 };
  if (f.by) p.by = f.by.slice(0, 80);
  return p;
}

/** Adds `value` unless an equal one is there; keeps the more confident provenance. */
function pushUnique<T extends { value: string; prov?: Prov }>(list: T[], item: T): void {
  const same = list.find((v) => v.value === item.value);
  if (!same) list.push(item);
  else if ((item.prov?.conf ?? 0) > (same.prov?.conf ?? 0)) same.prov = item.prov;
}

/** `masked`: these are phones, and a back end's masked number (138****5678) is flagged as such. */
export function contactValues(
  found: Found<string>[],
  normalize: (v: string) => string | null,
  masked = false,
): ContactValue[] {
  const out: ContactValue[] = [];
  for (const f of found) {
    const raw = String(f.value ?? '').trim();
    if (!raw) continue;
    // A value that cannot be normalised is kept as written: the user sees it and the popup flags it.
    const v: ContactValue = { value: normalize(raw) ?? raw, prov: prov(f) };
    if (masked && isMaskedPhone(raw)) v.masked = true;
    pushUnique(out, v);
  }
  return out;
}

function host(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/** One extracted lead as a card draft, every value normalised and carrying its provenance. */
export function draftToCard(lead: DraftLead, meta: CaptureMeta = {}): CardDraft {
  const site = host(meta.url);
  const region = meta.region ?? regionFromHost(site);
  const phone = (v: string) => normalizePhone(v, region);
  const im: ImHandle[] = [];
  for (const kind of IM_KINDS) {
    for (const f of lead.im?.[kind] ?? []) {
      const raw = String(f.value ?? '').trim();
      if (raw) pushUnique(im, { kind, value: normalizeIm(kind, raw, region) ?? raw, prov: prov(f) });
    }
  }
  const contacts: Contact[] = (lead.persons ?? [])
    .filter((p) => p.value?.name?.trim())
    .map((p, i) => ({
      id: newId(),
      name: p.value.name.trim(),
      ...(p.value.title ? { title: p.value.title.trim() } : {}),
      ...(p.value.department ? { department: p.value.department.trim() } : {}),
      phones: contactValues(
        (p.value.phones ?? []).map((value) => ({ ...p, value })),
        phone,
        true,
      ),
      emails: contactValues(
        (p.value.emails ?? []).map((value) => ({ ...p, value })),
        normalizeEmail,
      ),
      im: [],
      primary: i === 0,
      prov: prov(p),
    }));
  const addresses: Address[] = (lead.addresses ?? []).map((a) => ({ ...stripEmpty(a.value), prov: prov(a) }));
  const pf = lead.profile ?? {};
  const name = lead.organization?.value?.trim() || (lead.kind === 'person' ? contacts[0]?.name : '') || '';
  return {
    kind: lead.kind === 'person' ? 'person' : 'company',
    name,
    ...(pf.creditCode?.value ? { creditCode: pf.creditCode.value.trim() } : {}),
    phones: contactValues(lead.phones ?? [], phone, true),
    faxes: contactValues(lead.faxes ?? [], phone, true),
    emails: contactValues(lead.emails ?? [], normalizeEmail),
    websites: contactValues(lead.websites ?? [], normalizeWebsite),
    im,
    platformIds: [...new Set((lead.platformIds ?? []).map((f) => String(f.value).trim()).filter(Boolean))],
    contacts,
    addresses,
    company: stripEmpty({
      industry: pf.industry?.value,
      businessType: pf.businessType?.value,
      mainProducts: pf.mainProducts?.value ?? [],
      staff: pf.staff?.value,
      founded: pf.founded?.value,
      ownership: pf.ownership?.value,
      certifications: pf.certifications?.value ?? [],
    }) as CardDraft['company'],
    person: {},
    sources: [
      stripEmpty({
        site,
        url: meta.url,
        capturedAt: meta.capturedAt ?? Date.now(),
        extractor: meta.extractor ?? 'generic',
      }),
    ],
    classification: { tags: [] },
    needs: {},
    business: {
      orders: (lead.orders ?? []).map((o) => ({ ...stripEmpty(o.value), items: o.value.items ?? [], prov: prov(o) })),
      credit: {},
    },
    complaints: [],
    notes: {},
  };
}

/** Every lead of a capture as card drafts. */
export function resultToCards(result: ExtractResult, capturedAt = Date.now()): CardDraft[] {
  const extractor = result.adapter?.recognised ? result.adapter.id : 'generic';
  return result.leads.map((lead) => draftToCard(lead, { url: result.url, capturedAt, extractor }));
}

/** Drops undefined, null and empty-string fields so the stored card has no noise keys. */
export function stripEmpty<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null || (typeof v === 'string' && !v.trim())) continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out as T;
}
