import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { ArchiveDb } from '../../../lib/db';
import type { CardDraftInput } from '../../../lib/messages';
import { CardDraft } from '../../../lib/messages';

let n = 0;
/** A fresh, empty archive per test (fake-indexeddb keeps databases by name for the whole run). */
export function freshDb(): ArchiveDb {
  n += 1;
  return new ArchiveDb(`test-archive-${process.pid}-${n}-${Math.random().toString(36).slice(2)}`);
}

export function draft(partial: Partial<CardDraftInput> = {}): CardDraft {
  return CardDraft.parse({ kind: 'company', name: 'Acme Trading Co., Ltd.', ...partial });
}

/** A fresh archive per call, each deleted after its test: `const db = freshDbs();` at the top of a test file. */
export function freshDbs(): () => ArchiveDb {
  const dbs: ArchiveDb[] = [];
  afterEach(async () => {
    for (const d of dbs.splice(0)) await d.delete();
  });
  return () => {
    const d = freshDb();
    dbs.push(d);
    return d;
  };
}
