import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, draft } from './helpers';
import {
  findMatches,
  saveDraft,
  trashCards,
  restoreCards,
  updateCard,
  addFollowUp,
  cardHistory,
} from '../../../lib/archive/store';
import type { ArchiveDb } from '../../../lib/db';
import { MessageError } from '../../../lib/messages';

const dbs: ArchiveDb[] = [];
function db() {
  const d = freshDb();
  dbs.push(d);
  return d;
}
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

const T0 = Date.UTC(2026, 10, 23, 10);

describe('saveDraft', () => {
  it('creates a card with the next customer number from the default pattern', async () => {
    const d = db();
    const a = await saveDraft(draft({ phones: [{ value: '+8613800138000' }] }), {}, { db: d, now: T0 });
    const b = await saveDraft(
      draft({ name: 'Other Co', emails: [{ value: 'b@example.com' }] }),
      {},
      { db: d, now: T0 },
    );
    expect(a.created).toBe(true);
    expect(a.card.number).toBe('C-2026-0001');
    expect(b.card.number).toBe('C-2026-0002');
    expect(a.card.rev).toBe(0);
    expect(await d.cards.count()).toBe(2);
  });

  it('merges the same company captured again instead of duplicating, and records the change', async () => {
    const d = db();
    const first = await saveDraft(
      draft({
        phones: [{ value: '+86 138 0013 8000' }],
        emails: [{ value: 'Sales@Acme.cn' }],
        sources: [{ url: 'https://a.cn/1' }],
      }),
      {},
      { db: d, now: T0 },
    );
    const again = await saveDraft(
      draft({
        name: 'ACME TRADING LIMITED',
        phones: [{ value: '13800138000' }, { value: '+86 755 8888 0000' }],
        emails: [{ value: 'sales@acme.cn' }],
        company: { industry: 'Electronics', mainProducts: ['cables'], certifications: [] },
        sources: [{ url: 'https://a.cn/2' }],
      }),
      {},
      { db: d, now: T0 + 1000 },
    );
    expect(again.created).toBe(false);
    expect(again.card.id).toBe(first.card.id);
    expect(await d.cards.count()).toBe(1);
    expect(again.card.phones.map((p) => p.value)).toEqual(['+86 138 0013 8000', '+86 755 8888 0000']);
    expect(again.card.name).toBe('Acme Trading Co., Ltd.');
    expect(again.card.company.industry).toBe('Electronics');
    expect(again.card.sources).toHaveLength(2);
    expect(again.card.rev).toBe(1);
    const fields = (await cardHistory(first.card.id, d)).map((h) => h.field);
    expect(fields).toEqual(
      expect.arrayContaining(['phones', 'company.industry', 'company.mainProducts', 'sources', 'created']),
    );
    const matches = await findMatches(draft({ name: 'acme trading', emails: [{ value: 'SALES@acme.cn' }] }), { db: d });
    expect(matches.map((m) => m.id)).toEqual([first.card.id]);
    expect(matches[0].matchedKeys).toEqual(['email:sales@acme.cn', 'name:acmetrading']);
  });
});
