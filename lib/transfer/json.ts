import { z } from 'zod';
import { Card, FollowUp, HistoryEntry } from '../card/schema';
import { TransferError } from './errors';
import { LIMITS } from './limits';

// The JSON export: the whole archive, every card whole with its follow-ups and history, in a versioned envelope
// that imports back into an empty archive unchanged. See "JSON export format" in DEVELOPERS.md.
//
//   {"format":"lead-archive","version":1,"exportedAt":"2026-11-23T18:00:00.000Z",
//    "leads":[{...card, "followUps":[...], "history":[...]}]}

export const JSON_FORMAT = 'lead-archive';
export const JSON_VERSION = 1;

/** One exported lead: the card, plus its follow-ups and change history (ids kept, so a re-import is idempotent). */
export const ExportedLead = Card.extend({
  followUps: z.array(FollowUp).default([]),
  history: z.array(HistoryEntry).default([]),
});
export type ExportedLead = z.infer<typeof ExportedLead>;

export const ExportFile = z.object({
  format: z.literal(JSON_FORMAT),
  version: z.literal(JSON_VERSION),
  exportedAt: z.string(),
  leads: z.array(ExportedLead),
});
export type ExportFile = z.infer<typeof ExportFile>;

export function buildExport(leads: ExportedLead[], now = new Date()): ExportFile {
  return { format: JSON_FORMAT, version: JSON_VERSION, exportedAt: now.toISOString(), leads };
}

export function stringifyExport(file: ExportFile): string {
  return JSON.stringify(file, null, 1);
}

export interface InvalidLead {
  /** 0-based position in `leads`. */
  index: number;
  /** 1-based, as the shared InvalidRecord of other formats counts. */
  row: number;
  /** Field path and what is wrong with it, e.g. `emails.0.value: Too big: expected string to have <=500 characters`. */
  reason: string;
}

export interface ParsedImport {
  exportedAt?: string;
  /**
   * The taught site recipes (optional top-level `recipes`, lib/recipes/schema.ts), unchecked: the reader of
   * recipes checks each one. Absent in files from before recipes; old readers ignore the key.
   */
  recipes?: unknown[];
  valid: { index: number; lead: ExportedLead }[];
  invalid: InvalidLead[];
}

function depthOk(text: string, max: number): boolean {
  // Counted on the text before JSON.parse so a hostile nesting cannot blow the parser's stack.
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return false;
    } else if (c === 125 || c === 93) depth--;
  }
  return true;
}

/** An export file's envelope, checked, with its leads not yet checked one by one (see checkLeads). */
export interface ImportFile {
  exportedAt?: string;
  recipes?: unknown[];
  leads: unknown[];
}

/**
 * Reads an export file's envelope. The whole file is refused (TransferError) when it is empty, too large, not JSON,
 * another format or a newer version.
 */
export function readImportFile(text: string, maxBytes: number = LIMITS.jsonBytes): ImportFile {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: a text short enough by that bound is not encoded just to count.
  const bytes = text.length * 3 <= maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > maxBytes) throw new TransferError('too-large', { bytes, limit: maxBytes });
  if (!text.trim()) throw new TransferError('empty');
  if (!depthOk(text, LIMITS.jsonDepth)) throw new TransferError('too-deep', { limit: LIMITS.jsonDepth });
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new TransferError('not-json', { detail: e instanceof Error ? e.message.slice(0, 200) : '' });
  }
  const head = z
    .object({ format: z.string(), version: z.number(), exportedAt: z.string().optional(), leads: z.array(z.unknown()) })
    .safeParse(doc);
  if (!head.success || head.data.format !== JSON_FORMAT) throw new TransferError('wrong-format');
  if (head.data.version > JSON_VERSION) {
    throw new TransferError('newer-version', { version: head.data.version, supported: JSON_VERSION });
  }
  if (!Number.isInteger(head.data.version) || head.data.version < 1) throw new TransferError('wrong-format');
  const out: ImportFile = { exportedAt: head.data.exportedAt, leads: head.data.leads };
  const recipes = (doc as { recipes?: unknown }).recipes;
  if (Array.isArray(recipes)) out.recipes = recipes;
  return out;
}

/** Checks leads [from, to) of a file on their own: the valid ones, and the invalid ones with the reason. */
export function checkLeads(
  leads: readonly unknown[],
  from = 0,
  to = leads.length,
): Pick<ParsedImport, 'valid' | 'invalid'> {
  const out: Pick<ParsedImport, 'valid' | 'invalid'> = { valid: [], invalid: [] };
  for (let index = from; index < Math.min(to, leads.length); index++) {
    const r = ExportedLead.safeParse(leads[index]);
    if (r.success) {
      const badLink =
        r.data.followUps.find((f) => f.cardId !== r.data.id) ?? r.data.history.find((h) => h.cardId !== r.data.id);
      if (badLink)
        out.invalid.push({ index, row: index + 1, reason: 'followUps/history: cardId is not this card’s id' });
      else out.valid.push({ index, lead: r.data });
    } else {
      const issue = r.error.issues[0];
      const path = issue?.path.join('.') || 'record';
      out.invalid.push({ index, row: index + 1, reason: `${path}: ${issue?.message ?? 'invalid'}` });
    }
  }
  return out;
}

/** Reads an export file (readImportFile) and checks every lead (checkLeads). */
export function parseImport(text: string, maxBytes: number = LIMITS.jsonBytes): ParsedImport {
  const file = readImportFile(text, maxBytes);
  const out: ParsedImport = { exportedAt: file.exportedAt, ...checkLeads(file.leads) };
  if (file.recipes) out.recipes = file.recipes;
  return out;
}
