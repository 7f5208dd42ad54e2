import { resultToCards } from '../../lib/card/from-draft';
import type { Prov } from '../../lib/card/schema';
import type { ExtractResult } from '../../lib/extract/types';
import { MessageError, type CardDraft, type ErrorCode } from '../../lib/messages';

// Pure steps of the popup flow, kept apart from the component so they can be tested without a DOM.

export type FailCode = ErrorCode | 'no-tab';
export interface Failure {
  code: FailCode;
  detail: string;
}

export function toFailure(e: unknown): Failure {
  if (e instanceof MessageError) return { code: e.code, detail: e.message };
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string' && code === 'no-tab') return { code, detail: '' };
  return { code: 'internal', detail: e instanceof Error ? e.message : String(e) };
}

/** A lead of a capture as a card draft, with its place in `result.leads` (for its name's provenance). */
export interface Lead {
  draft: CardDraft;
  index: number;
}

/**
 * True when a draft holds something to contact: a phone, fax, email, IM handle, person, address, platform id or
 * order. A name or the page's own address alone (every page has a title and a URL) is not contact details.
 */
export function hasContactDetails(d: CardDraft): boolean {
  return (
    d.phones.length + d.faxes.length + d.emails.length + d.im.length + d.contacts.length + d.addresses.length > 0 ||
    d.platformIds.length > 0 ||
    d.business.orders.length > 0
  );
}

/** The leads of a capture worth showing (the data layer's conversion: normalised values with provenance). */
export function leadsOf(result: ExtractResult, now = Date.now()): Lead[] {
  return resultToCards(result, now)
    .map((draft, index) => ({ draft, index }))
    .filter((l) => hasContactDetails(l.draft));
}

/** Rejects with `capture-failed` when the background has not answered in time, so the popup never hangs. */
export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new MessageError('capture-failed', `no answer in ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** The name's provenance, which the card schema does not store: taken from the extracted lead. */
export function nameProvOf(result: ExtractResult | undefined, index: number): Prov | undefined {
  const org = result?.leads[index]?.organization;
  if (!org) return undefined;
  return { src: org.src, conf: Math.min(1, Math.max(0, org.conf)), at: 0, ...(org.by ? { by: org.by } : {}) };
}

/** A blank card for "Start an empty card", remembering the page it was started on. */
export function emptyDraft(result?: ExtractResult): CardDraft {
  let site: string | undefined;
  try {
    site = result?.url ? new URL(result.url).hostname : undefined;
  } catch {
    site = undefined;
  }
  return {
    kind: 'company',
    name: '',
    phones: [],
    faxes: [],
    emails: [],
    websites: [],
    im: [],
    platformIds: [],
    contacts: [],
    addresses: [],
    company: { mainProducts: [], certifications: [] },
    person: {},
    sources: result?.url
      ? [{ url: result.url, ...(site ? { site } : {}), capturedAt: Date.now(), extractor: 'user' }]
      : [],
    classification: { tags: [] },
    needs: {},
    business: { orders: [], credit: {} },
    complaints: [],
    notes: {},
  };
}

/** One line summing up a draft in the chooser: name, else its first phone or email. */
export function leadLabel(d: CardDraft): string {
  return d.name || d.contacts[0]?.name || d.phones[0]?.value || d.emails[0]?.value || '';
}
