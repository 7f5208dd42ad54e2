import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Card, FollowUp, HistoryEntry } from './card/schema';
import { dedupeKeys, nameKey } from './card/keys';
import { V2_STORES, upgradeToV2 } from './search/db-version';
import { V3_STORES, upgradeToV3 } from './search/db-v3';
import { indexFieldsMiddleware } from './search/index-fields';
import { buildPresence, populatePresence, presenceMiddleware } from './archive/presence-middleware';

// The archive. Opened only by the background and extension pages: a content script's IndexedDB belongs to the
// web page. Every version() stays here forever; a new version declares only the stores whose indexes change and
// moves data in its .upgrade(). Index fields derived from the card (dedupe keys, name key, grade…) are stored on
// the record beside the card itself and recomputed on every write by toRecord().

/** The fields an index needs that are not top-level card fields. Stripped again by fromRecord(). */
export interface DerivedFields {
  /** Strong dedupe keys (multiEntry index): `tel:+86…`, `email:…`, `im:wechat:…`, `pid:taobao:…`. */
  keys: string[];
  /** Normalised name: the weaker match. */
  nameKey: string;
  grade?: string;
  stage?: string;
  tags: string[];
  sourceSite?: string;
}
export type CardRecord = Card & DerivedFields;
export const DERIVED_FIELDS: readonly (keyof DerivedFields)[] = [
  'keys',
  'nameKey',
  'grade',
  'stage',
  'tags',
  'sourceSite',
];

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A stored card with its index fields filled from its content. Later versions extend this (search terms…). */
export function toRecord(card: Card): CardRecord {
  return toRecordWithKeys(card, dedupeKeys(card));
}

/** toRecord for a caller that has just computed the card's dedupe keys (an import plans with them). */
export function toRecordWithKeys(card: Card, keys: string[]): CardRecord {
  const rec: CardRecord = {
    ...card,
    keys,
    nameKey: nameKey(card),
    tags: [...new Set(card.classification.tags.map((t) => t.trim().toLowerCase()).filter(Boolean))],
  };
  if (card.classification.grade) rec.grade = card.classification.grade;
  else delete rec.grade;
  if (card.classification.stage) rec.stage = card.classification.stage;
  else delete rec.stage;
  const site = card.sources.find((s) => s.site)?.site;
  if (site) rec.sourceSite = site;
  else delete rec.sourceSite;
  return rec;
}

/** The card without its index fields. */
export function fromRecord(rec: CardRecord): Card {
  // Built afresh rather than deleted from a copy, which would leave a slow dictionary-mode object (see stripDerived).
  const src = rec as unknown as Record<string, unknown>;
  const card: Record<string, unknown> = {};
  for (const k in src) if (!DERIVED_SET.has(k)) card[k] = src[k];
  return card as Card;
}
const DERIVED_SET: ReadonlySet<string> = new Set(DERIVED_FIELDS);

export const DB_NAME = 'lead-archive';

/** Version 1 of the archive (the first release), kept forever; tests open old archives with it. */
export const V1_STORES = {
  cards: 'id, &number, *keys, nameKey, grade, stage, *tags, sourceSite, updatedAt, deletedAt',
  history: '++id, cardId, at',
  followUps: 'id, cardId, date, nextDate',
  meta: 'key',
};

export class ArchiveDb extends Dexie {
  cards!: Table<CardRecord, string>;
  history!: EntityTable<HistoryEntry, 'id'>;
  followUps!: Table<FollowUp, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1: kept forever. Add version(2) below it with only the changed stores and an .upgrade().
    this.version(1).stores(V1_STORES);
    // Version 2 (archive workspace): search terms, birthdays, review dates, regions, tiers, open follow-ups and
    // the undo log; the index fields are derived by indexFieldsMiddleware on every write (lib/search/index-fields).
    this.version(2)
      .stores(V2_STORES)
      .upgrade((tx) => keepAliveWhile(upgradeToV2(tx)));
    // Version 3: last contact per grade ([g+lc]) and grade/stage/tag combinations (*fc); lib/search/db-v3.
    this.version(3)
      .stores(V3_STORES)
      .upgrade((tx) => keepAliveWhile(upgradeToV3(tx)));
    // Version 4: no index changes; builds the presence filter of the cards kept (lib/archive/presence.ts), which
    // presenceMiddleware then keeps with every card write. A new archive starts with an empty one.
    this.version(4)
      .stores({})
      .upgrade((tx) => keepAliveWhile(buildPresence(tx)));
    this.on('populate', (tx) => populatePresence(tx));
    this.use(indexFieldsMiddleware);
    this.use(presenceMiddleware);
  }
}

/**
 * An upgrade rewrites every card (minutes for 100,000): in the background's service worker, which the browser
 * stops after ~30 s without extension activity, a cheap extension call every 20 s keeps it alive until the upgrade
 * is done (an interrupted upgrade is rolled back and starts over next time). Elsewhere it does nothing.
 */
export function keepAliveWhile<T>(work: Promise<T>): Promise<T> {
  const runtime = (globalThis as { chrome?: { runtime?: { getPlatformInfo?: () => Promise<unknown> } } }).chrome
    ?.runtime;
  if (!runtime?.getPlatformInfo) return work;
  const timer = setInterval(() => void runtime.getPlatformInfo?.()?.catch?.(() => undefined), 20_000);
  return work.finally(() => clearInterval(timer)) as Promise<T>;
}

let shared: ArchiveDb | null = null;

/** The one database of this extension context (background or an extension page). */
export function getDb(): ArchiveDb {
  if (!shared) {
    assertExtensionContext(globalThis.location?.protocol);
    shared = new ArchiveDb();
  }
  return shared;
}

/**
 * Refuses to open the archive from a web page's origin: code running in a content script would open (and fill) an
 * IndexedDB that belongs to the site, not to the extension. Extension pages and the service worker are
 * chrome-extension:/moz-extension: (tests run without a location).
 */
export function assertExtensionContext(protocol: string | undefined): void {
  if (protocol && !/^(chrome|moz|safari-web)-extension:$/.test(protocol)) {
    throw new Error(`The archive is opened only by the extension's own pages, not from ${protocol} pages.`);
  }
}

/** Tests: use a fresh database (a unique name per test keeps fake-indexeddb runs independent). */
export function setDb(db: ArchiveDb | null): void {
  shared = db;
}
