import type { DraftLead, ExtractResult } from './types';

/**
 * A card holds a company's phones, not a directory's: past this many values per field the rest of a huge page is
 * left out (and the result marked partial), so the popup stays quick and the user is told the capture was cut short.
 */
export const MAX_VALUES_PER_FIELD = 60;
export const MAX_LEADS = 500;

const LIST_KEYS = ['persons', 'phones', 'faxes', 'emails', 'websites', 'addresses', 'platformIds', 'orders'] as const;

export function capResult(result: ExtractResult, max = MAX_VALUES_PER_FIELD): ExtractResult {
  let cut = result.leads.length > MAX_LEADS;
  const leads = result.leads.slice(0, MAX_LEADS).map((lead) => {
    const out: DraftLead = { ...lead, im: { ...lead.im } };
    for (const key of LIST_KEYS) {
      const values = lead[key] as unknown[] | undefined;
      if (values && values.length > max) {
        (out[key] as unknown[]) = values.slice(0, max);
        cut = true;
      }
    }
    for (const [kind, values] of Object.entries(lead.im)) {
      if (values && values.length > max) {
        out.im[kind as keyof DraftLead['im']] = values.slice(0, max);
        cut = true;
      }
    }
    return out;
  });
  return cut ? { ...result, leads, partial: true } : result;
}
