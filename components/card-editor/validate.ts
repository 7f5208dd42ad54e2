import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { currentLang, translator, type Lang } from '../../lib/i18n';
import { CardDraft } from '../../lib/messages';
import { safeHref } from '../../lib/safe-url';
import { editorMessages, type EditorKey } from './messages';

// Validation of a card being edited. Messages are keyed by the dotted path of the field (`name`, `phones.0`,
// `contacts.1.emails.0`, `addresses.0.postcode`), the same path the editor uses to place them inline.
// Empty rows (an "Add phone" not yet filled in) are not errors: cleanDraft drops them before saving.

export type FieldErrors = Record<string, string>;

/** A back end's masked number such as 138****5678: kept as shown, never parsed. */
export function isMaskedPhone(value: string): boolean {
  const v = value.trim();
  return /[*＊]/.test(v) && /^[+\d\s\-().*＊]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 3;
}

/** True when libphonenumber can read the number (with the country code, or in the default country). */
export function isReadablePhone(value: string, defaultCountry?: CountryCode): boolean {
  const v = value.trim();
  if (isMaskedPhone(v)) return true;
  const parsed = parsePhoneNumberFromString(v, defaultCountry);
  return !!parsed && parsed.isPossible();
}

const emailSchema = z.email();
export function isEmail(value: string): boolean {
  return emailSchema.safeParse(value.trim()).success;
}

/** http(s) address, written with or without the scheme (www.acme.com). */
export function isWebsite(value: string): boolean {
  const v = value.trim();
  const href = safeHref(/^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`);
  if (!href || !/^https?:/i.test(href)) return false;
  return new URL(href).hostname.includes('.');
}

/** The region used for numbers written without a country code: an ISO country on the card, else the UI's. */
export function defaultCountryFor(draft: Pick<CardDraft, 'addresses'>): CountryCode | undefined {
  for (const a of draft.addresses ?? []) {
    const c = a.country?.trim().toUpperCase();
    if (c && /^[A-Z]{2}$/.test(c)) return c as CountryCode;
  }
  const g = globalThis as { navigator?: { language?: string } };
  const region = g.navigator?.language?.match(/-([A-Za-z]{2})\b/)?.[1];
  return region ? (region.toUpperCase() as CountryCode) : undefined;
}

const filled = (v: string | undefined): v is string => !!v && v.trim() !== '';

/** Per-field messages in the given language; an empty object means the card can be saved. */
export function validateCard(draft: CardDraft, opts: { lang?: Lang; defaultCountry?: CountryCode } = {}): FieldErrors {
  const t = translator(editorMessages, opts.lang ?? currentLang());
  const country = opts.defaultCountry ?? defaultCountryFor(draft);
  const errors: FieldErrors = {};
  const put = (path: string, key: EditorKey) => {
    if (!errors[path]) errors[path] = t(key);
  };

  // Structural limits first (lengths, enums), so the specific messages below win where both apply.
  const parsed = CardDraft.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      errors[path] = t(issue.code === 'too_big' ? 'err.tooLong' : 'err.invalid');
    }
  }

  if (!filled(draft.name)) put('name', 'err.nameRequired');
  const phones = (list: { value: string }[], path: string) =>
    list.forEach((p, i) => {
      if (filled(p.value) && !isReadablePhone(p.value, country)) errors[`${path}.${i}`] = t('err.phone');
    });
  const emails = (list: { value: string }[], path: string) =>
    list.forEach((e, i) => {
      if (filled(e.value) && !isEmail(e.value)) errors[`${path}.${i}`] = t('err.email');
    });
  phones(draft.phones, 'phones');
  phones(draft.faxes, 'faxes');
  emails(draft.emails, 'emails');
  draft.websites.forEach((w, i) => {
    if (filled(w.value) && !isWebsite(w.value)) errors[`websites.${i}`] = t('err.website');
  });
  draft.im.forEach((h, i) => {
    if (h.kind === 'qq' && filled(h.value) && !/^\d{5,11}$/.test(h.value.trim())) errors[`im.${i}`] = t('err.qq');
  });
  draft.contacts.forEach((c, i) => {
    phones(c.phones, `contacts.${i}.phones`);
    emails(c.emails, `contacts.${i}.emails`);
  });
  return errors;
}

/** The first message, to say why Save is disabled. */
export function firstError(errors: FieldErrors): string | undefined {
  return Object.values(errors)[0];
}

/**
 * The draft as it should be saved: values trimmed, empty rows dropped (unfilled "Add…" rows, people with no
 * name, phone or email, addresses with no part), masked phones marked.
 */
export function cleanDraft<T extends CardDraft>(draft: T): T {
  const values = <V extends { value: string; masked?: boolean }>(list: V[], phone = false): V[] =>
    list
      .map((v) => ({ ...v, value: v.value.trim() }))
      .filter((v) => v.value !== '')
      .map((v) => (phone && isMaskedPhone(v.value) ? { ...v, masked: true } : v));
  const contacts = draft.contacts
    .map((c) => ({
      ...c,
      name: c.name.trim(),
      phones: values(c.phones, true),
      emails: values(c.emails),
      im: values(c.im),
    }))
    .filter((c) => c.name || c.phones.length || c.emails.length || c.im.length || c.title || c.department);
  const addressParts = ['street', 'district', 'city', 'region', 'postcode', 'country', 'raw'] as const;
  const addresses = draft.addresses.filter((a) => addressParts.some((k) => filled(a[k])));
  return {
    ...draft,
    name: draft.name.trim(),
    phones: values(draft.phones, true),
    faxes: values(draft.faxes, true),
    emails: values(draft.emails),
    websites: values(draft.websites),
    im: values(draft.im),
    contacts,
    addresses,
    classification: {
      ...draft.classification,
      tags: draft.classification.tags.map((s) => s.trim()).filter(Boolean),
    },
    company: { ...draft.company, mainProducts: draft.company.mainProducts.map((s) => s.trim()).filter(Boolean) },
  };
}
