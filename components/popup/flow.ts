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

/** The card drafts of a capture (the data layer's conversion: normalised values with provenance). */
export function draftsOf(result: ExtractResult, now = Date.now()): CardDraft[] {
  return resultToCards(result, now);
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
