import type { CardDraft } from '../messages';
import type { Card, Contact, ContactValue, ImHandle } from './schema';
import {
  isMaskedPhone,
  normalizeEmail,
  normalizeIm,
  normalizePhone,
  normalizePlatformId,
  normalizeWebsite,
  regionFromHost,
  type Region,
} from './normalize';

// Values are stored normalised (E.164 phones, lower-case emails, origin+path websites), whoever wrote them: a
// capture, the user's edit, an import. A value that cannot be normalised is kept as written, never dropped; the
// editor flags it (see validate.ts).

function values(list: ContactValue[], norm: (v: string) => string | null, phones = false): ContactValue[] {
  const out: ContactValue[] = [];
  const seen = new Set<string>();
  for (const v of list) {
    const masked = v.masked || (phones && isMaskedPhone(v.value));
    const value = masked ? v.value.trim() : (norm(v.value) ?? v.value.trim());
    if (!value || seen.has(value)) continue;
    seen.add(value);
    out.push(masked ? { ...v, value, masked: true } : { ...v, value });
  }
  return out;
}

function ims(list: ImHandle[], region: Region): ImHandle[] {
  const out: ImHandle[] = [];
  const seen = new Set<string>();
  for (const h of list) {
    const value = normalizeIm(h.kind, h.value, region) ?? h.value.trim();
    if (!value || seen.has(`${h.kind}:${value}`)) continue;
    seen.add(`${h.kind}:${value}`);
    out.push({ ...h, value });
  }
  return out;
}

/** The region local numbers of this card are read in: from the first captured page's host. */
export function cardRegion(card: Pick<Card, 'sources'>): Region {
  const src = card.sources.find((s) => s.site || s.url);
  let host = src?.site;
  if (!host && src?.url) {
    try {
      host = new URL(src.url).hostname;
    } catch {
      host = undefined;
    }
  }
  return regionFromHost(host);
}

export function normalizeCard<T extends CardDraft | Card>(card: T, region: Region = cardRegion(card)): T {
  const phone = (v: string) => normalizePhone(v, region);
  const contact = (c: Contact): Contact => ({
    ...c,
    name: c.name.trim(),
    phones: values(c.phones, phone, true),
    emails: values(c.emails, normalizeEmail),
    im: ims(c.im, region),
  });
  return {
    ...card,
    name: card.name.trim(),
    phones: values(card.phones, phone, true),
    faxes: values(card.faxes, phone, true),
    emails: values(card.emails, normalizeEmail),
    websites: values(card.websites, normalizeWebsite),
    im: ims(card.im, region),
    platformIds: [...new Set(card.platformIds.map((p) => normalizePlatformId(p) ?? p.trim()).filter(Boolean))],
    contacts: card.contacts.map(contact),
  };
}
