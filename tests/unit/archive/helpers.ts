import 'fake-indexeddb/auto';
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
