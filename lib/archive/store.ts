import { CardDraft, MessageError, type CardSummary } from '../messages';
import { Card, FollowUp, type HistoryEntry } from '../card/schema';
import { dedupeKeys, nameKey } from '../card/keys';
import { mergeDraft } from '../card/merge';
import { diffCards } from '../card/diff';
import { newId } from '../card/ids';
import { normalizeCard } from '../card/normalize-card';
import { fromRecord, getDb, toRecord, type ArchiveDb, type CardRecord } from '../db';
import { recomputeLastContact } from './last-contact';
import { nextNumber } from './number';
import { toMessageError } from './errors';
import { cardsWhereAny } from './lookup';

// Store operations: every write to the archive, each in one transaction, each leaving history behind. Called by
// the background's router; extension pages may read the database directly but never write it.

export interface StoreOptions {
  db?: ArchiveDb;
  now?: number;
  /** Who made the change, for the history (the user's name when the settings have one). */
  by?: string;
}

async function run<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toMessageError(e);
  }
}

/** Cards sharing a strong key with the draft, best first (most keys shared, then latest), then name-only matches. */
export async function findMatches(input: CardDraft, opts: StoreOptions = {}): Promise<CardSummary[]> {
  const db = opts.db ?? getDb();
  return run(async () => {
    const draft = normalizeCard(CardDraft.parse(input));
    const keys = dedupeKeys(draft);
    const name = nameKey(draft);
    const strong = await cardsWhereAny(db, 'keys', keys);
    const weak = name ? await db.cards.where('nameKey').equals(name).toArray() : [];
    return rankMatches([...strong, ...weak], keys, name);
  });
}

/**
 * `findMatches` for a whole list page at once: the same answer per draft (same order), from two bulk index reads
 * (every draft's dedupe keys through the `keys` multiEntry index, every name through `nameKey`) in one read
 * transaction, instead of two queries and one message per item.
 */
export async function findMatchesMany(inputs: CardDraft[], opts: StoreOptions = {}): Promise<CardSummary[][]> {
  const db = opts.db ?? getDb();
  return run(async () => {
    const wanted = inputs.map((input) => {
      const draft = normalizeCard(CardDraft.parse(input));
      return { keys: dedupeKeys(draft), name: nameKey(draft) };
    });
    const allKeys = [...new Set(wanted.flatMap((w) => w.keys))];
    const allNames = [...new Set(wanted.map((w) => w.name).filter(Boolean))];
    const [strong, weak] = await db.transaction('r', db.cards, () =>
      Promise.all([cardsWhereAny(db, 'keys', allKeys), cardsWhereAny(db, 'nameKey', allNames)]),
    );
    // Buckets in index order (key, then id), as the per-item query walks them, so ties sort the same way.
    const byKey = bucket(strong, (rec) => rec.keys);
    const byName = bucket(weak, (rec) => [rec.nameKey]);
    return wanted.map(({ keys, name }) => {
      const recs = [...keys.flatMap((k) => byKey.get(k) ?? []), ...(name ? (byName.get(name) ?? []) : [])];
      return rankMatches(recs, keys, name);
    });
  });
}

function bucket(recs: CardRecord[], keysOf: (rec: CardRecord) => string[]): Map<string, CardRecord[]> {
  const out = new Map<string, CardRecord[]>();
  const seen = new Set<string>();
  for (const rec of recs) {
    for (const k of keysOf(rec)) {
      // A record reached through several keys of the index may come back more than once.
      if (seen.has(`${k}\u0000${rec.id}`)) continue;
      seen.add(`${k}\u0000${rec.id}`);
      const list = out.get(k);
      if (list) list.push(rec);
      else out.set(k, [rec]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}

/** The ranking `findMatches` gives: strong matches by keys shared, then latest; name-only matches after. */
function rankMatches(recs: CardRecord[], keys: string[], name: string): CardSummary[] {
  const byId = new Map<string, CardSummary & { score: number }>();
  const wanted = new Set(keys);
  for (const rec of recs) {
    if (rec.deletedAt !== undefined || byId.has(rec.id)) continue;
    const matched = rec.keys.filter((k) => wanted.has(k));
    if (name && rec.nameKey === name) matched.push(`name:${name}`);
    byId.set(rec.id, {
      ...summary(rec),
      matchedKeys: matched,
      score: matched.filter((k) => !k.startsWith('name:')).length,
    });
  }
  return [...byId.values()]
    .sort((a, b) => b.score - a.score || b.updatedAt - a.updatedAt)
    .map(({ score: _score, ...s }) => s);
}

function summary(rec: CardRecord): CardSummary {
  return { id: rec.id, number: rec.number, name: rec.name, kind: rec.kind, updatedAt: rec.updatedAt, matchedKeys: [] };
}

/**
 * Saves a draft: into `mergeInto` when given; otherwise into the card it shares a strong key with (a phone, email,
 * IM handle or platform id: the same customer, never a silent duplicate); otherwise as a new card with the next
 * customer number. `asNew` skips the automatic match (the user said "this is another customer").
 */
export async function saveDraft(
  input: CardDraft,
  target: { mergeInto?: string; asNew?: boolean } = {},
  opts: StoreOptions = {},
): Promise<{ card: Card; created: boolean }> {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  const draft = normalizeCard(CardDraft.parse(input));
  return run(() =>
    db.transaction('rw', db.cards, db.history, db.meta, async () => {
      let into: CardRecord | undefined;
      if (target.mergeInto) {
        into = await db.cards.get(target.mergeInto);
        if (!into || into.deletedAt !== undefined)
          throw new MessageError('not-found', 'The card to update is not in the archive.');
      } else if (!target.asNew) {
        const keys = dedupeKeys(draft);
        if (keys.length) {
          const found = (await cardsWhereAny(db, 'keys', keys)).filter((r) => r.deletedAt === undefined);
          const wanted = new Set(keys);
          found.sort((a, b) => shared(b, wanted) - shared(a, wanted) || b.updatedAt - a.updatedAt);
          into = found[0];
        }
      }
      if (into) {
        const { card, history } = mergeDraft(fromRecord(into), draft, now, opts.by);
        // Nothing new: the card stays as it is, so an editor open on it does not meet a needless conflict.
        if (!history.length) return { card: fromRecord(into), created: false };
        const checked = Card.parse(card);
        await db.cards.put(toRecord(checked));
        if (history.length) await db.history.bulkAdd(history);
        return { card: checked, created: false };
      }
      let number = draft.number?.trim();
      if (!number || (await db.cards.where('number').equals(number).count()) > 0)
        number = await nextNumber(db, new Date(now));
      const card = Card.parse({ ...draft, id: newId(), number, createdAt: now, updatedAt: now, rev: 0 });
      await db.cards.add(toRecord(card));
      await db.history.add(entry(card.id, now, 'created', undefined, card.number, opts.by));
      return { card, created: true };
    }),
  );
}

/**
 * `saveDraft` for the checked items of a list page, in one transaction: all saved, or none (the first failure
 * aborts the lot and names its item). Items are saved in order, so two items of the same customer end on one card,
 * as they would one by one.
 */
export async function saveDraftsMany(
  items: { draft: CardDraft; mergeInto?: string; asNew?: boolean }[],
  opts: StoreOptions = {},
): Promise<{ id: string; number: string; created: boolean }[]> {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  return run(() =>
    db.transaction('rw', db.cards, db.history, db.meta, async () => {
      const out: { id: string; number: string; created: boolean }[] = [];
      for (const [i, { draft, mergeInto, asNew }] of items.entries()) {
        try {
          const { card, created } = await saveDraft(draft, { mergeInto, asNew }, { ...opts, db, now });
          out.push({ id: card.id, number: card.number, created });
        } catch (e) {
          const err = toMessageError(e);
          const name = draft.name ? ` (${draft.name})` : '';
          throw new MessageError(err.code, `Item ${i + 1}${name}: ${err.message}`, { index: i });
        }
      }
      return out;
    }),
  );
}

function shared(rec: CardRecord, wanted: Set<string>): number {
  return rec.keys.filter((k) => wanted.has(k)).length;
}

function entry(cardId: string, at: number, field: string, old: unknown, now: unknown, by?: string): HistoryEntry {
  const e: HistoryEntry = { cardId, at, field, old, new: now };
  if (by) e.by = by;
  return e;
}

/**
 * Replaces a card after editing. `baseRev` is the revision the editor started from: when the stored card has moved
 * on (another tab saved, a capture merged into it), the save fails with `conflict` carrying the current card.
 */
export async function updateCard(input: Card, baseRev: number, opts: StoreOptions = {}): Promise<Card> {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  return run(() =>
    db.transaction('rw', db.cards, db.history, async () => {
      const cur = await db.cards.get(input.id);
      if (!cur) throw new MessageError('not-found', 'The card is not in the archive.');
      const current = fromRecord(cur);
      if (cur.rev !== baseRev) {
        throw new MessageError('conflict', 'The card was changed elsewhere since you opened it.', { card: current });
      }
      const number = input.number.trim() || cur.number;
      if (number !== cur.number) {
        const taken = await db.cards.where('number').equals(number).first();
        if (taken && taken.id !== cur.id)
          throw new MessageError('invalid-request', `Customer number ${number} is already used.`);
      }
      const next = normalizeCard(
        Card.parse({
          ...withoutLastContact(input),
          number,
          createdAt: cur.createdAt,
          updatedAt: now,
          rev: cur.rev + 1,
          // Kept by the follow-ups, not by the editor.
          ...(cur.lastContactAt !== undefined ? { lastContactAt: cur.lastContactAt } : {}),
        }),
      );
      const history = diffCards(current, next, now, opts.by);
      if (!history.length) return current;
      await db.cards.put(toRecord(next));
      await db.history.bulkAdd(history);
      return next;
    }),
  );
}

function withoutLastContact(card: Card): Omit<Card, 'lastContactAt'> {
  const { lastContactAt: _l, ...rest } = card;
  return rest;
}

async function setDeleted(ids: string[], deleted: boolean, opts: StoreOptions): Promise<number> {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  return run(() =>
    db.transaction('rw', db.cards, db.history, async () => {
      const recs = (await db.cards.bulkGet([...new Set(ids)])).filter((r): r is CardRecord => !!r);
      const changed = recs.filter((r) => (r.deletedAt !== undefined) !== deleted);
      const out: CardRecord[] = changed.map((r) => {
        const next = { ...r, updatedAt: now, rev: r.rev + 1 };
        if (deleted) next.deletedAt = now;
        else delete next.deletedAt;
        return next;
      });
      await db.cards.bulkPut(out);
      await db.history.bulkAdd(
        changed.map((r) => entry(r.id, now, 'deletedAt', r.deletedAt, deleted ? now : undefined, opts.by)),
      );
      return out.length;
    }),
  );
}

/** Moves cards to the trash (kept, hidden from lists and matching). Returns how many changed. */
export const trashCards = (ids: string[], opts: StoreOptions = {}) => setDeleted(ids, true, opts);
export const restoreCards = (ids: string[], opts: StoreOptions = {}) => setDeleted(ids, false, opts);

/** Adds (or replaces, by id) a follow-up of an existing card; the card's updatedAt moves so lists resort. */
export async function addFollowUp(input: FollowUp, opts: StoreOptions = {}): Promise<FollowUp> {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  const followUp = FollowUp.parse(input);
  return run(() =>
    db.transaction('rw', db.cards, db.followUps, db.history, async () => {
      const rec = await db.cards.get(followUp.cardId);
      if (!rec) throw new MessageError('not-found', 'The card is not in the archive.');
      const before = await db.followUps.get(followUp.id);
      await db.followUps.put(followUp);
      await db.cards.put({ ...rec, updatedAt: now, rev: rec.rev + 1 });
      // Counted from the follow-ups: an edit may move one to an earlier date, and one sent with another card's id
      // (a stale panel after a merge) leaves that card.
      await recomputeLastContact(db, [rec.id, ...(before ? [before.cardId] : [])]);
      await db.history.add(entry(rec.id, now, 'followUps', before, followUp, opts.by));
      return followUp;
    }),
  );
}

export { getCard, cardHistory, cardFollowUps, listCards } from './read';
