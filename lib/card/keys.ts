import type { CardDraft } from '../messages';
import type { Card } from './schema';
import {
  isMaskedPhone,
  normalizeEmail,
  normalizeIm,
  normalizeName,
  normalizePhone,
  normalizePlatformId,
} from './normalize';

// Dedupe keys: strong identifiers that say "this is the same customer" when two cards share one. A full phone,
// an email, an IM handle or a platform buyer id. The name is weaker (two shops can share a trading name), so it is
// a separate key that only suggests a match. Values are already normalised when stored; normalising again here
// keeps keys right for hand-made cards and imports.

type KeySource = Pick<CardDraft, 'phones' | 'emails' | 'im' | 'platformIds' | 'contacts'> | Card;

export function phoneKey(value: string): string | null {
  if (isMaskedPhone(value)) return null;
  const e164 = normalizePhone(value);
  return e164 ? `tel:${e164}` : null;
}

export function emailKey(value: string): string | null {
  const email = normalizeEmail(value);
  return email ? `email:${email}` : null;
}

/** The strong dedupe keys of a card or draft, sorted and unique: `tel:+86…`, `email:…`, `im:wechat:…`, `pid:taobao:…`. */
export function dedupeKeys(card: KeySource): string[] {
  const keys = new Set<string>();
  const add = (key: string | null) => key && keys.add(key);
  for (const p of card.phones ?? []) add(phoneKey(p.value));
  for (const e of card.emails ?? []) add(emailKey(e.value));
  for (const h of card.im ?? []) {
    const v = normalizeIm(h.kind, h.value);
    if (v && !isMaskedPhone(v)) add(`im:${h.kind}:${v}`);
  }
  for (const id of card.platformIds ?? []) {
    const v = normalizePlatformId(id);
    if (v) add(`pid:${v}`);
  }
  for (const c of card.contacts ?? []) {
    for (const p of c.phones ?? []) add(phoneKey(p.value));
    for (const e of c.emails ?? []) add(emailKey(e.value));
    for (const h of c.im ?? []) {
      const v = normalizeIm(h.kind, h.value);
      if (v && !isMaskedPhone(v)) add(`im:${h.kind}:${v}`);
    }
  }
  return [...keys].sort();
}

/** The weaker name key: the normalised name, or '' when there is none to match on. */
export function nameKey(card: Pick<Card, 'name'>): string {
  return normalizeName(card.name ?? '');
}
