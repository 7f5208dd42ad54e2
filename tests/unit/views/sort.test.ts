import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { Card, GRADES, STAGES } from '../../../lib/card/schema';
import { ArchiveDb, toRecord } from '../../../lib/db';
import { COLUMNS, columnValue, compareValues, isSortable, sortIds, type Sort } from '../../../lib/views/sort';

// Every column the table can show sorts, both ways: by its index where one exists, otherwise by the values read
// a slice at a time. Empty values go last in both directions; trash is left out.

const dbs: ArchiveDb[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

const spec = fc.record({
  name: fc.constantFrom('Acme', '华强电子', '杭州丝绸', 'beta', 'Delta'),
  phone: fc.option(fc.constantFrom('+8613800000001', '+8613900000002', '+442071234567'), { nil: undefined }),
  email: fc.option(fc.constantFrom('a@x.cn', 'z@y.com'), { nil: undefined }),
  contact: fc.option(fc.constantFrom('王小明', 'Ann'), { nil: undefined }),
  grade: fc.option(fc.constantFrom(...GRADES), { nil: undefined }),
  stage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
  tags: fc.subarray(['vip', '展会', 'b2b']),
  region: fc.option(fc.constantFrom('Zhejiang', 'Ontario'), { nil: undefined }),
  kind: fc.constantFrom('company' as const, 'person' as const),
  reviewed: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  at: fc.integer({ min: 0, max: 4 }),
  trashed: fc.boolean(),
});

type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

function build(s: Spec[]): Card[] {
  return s.map((x, i) =>
    Card.parse({
      id: `c${String(i).padStart(2, '0')}`,
      number: `C-${(i * 7) % 41}`,
      kind: x.kind,
      name: x.name,
      phones: x.phone ? [{ value: x.phone }] : [],
      emails: x.email ? [{ value: x.email }] : [],
      contacts: x.contact ? [{ id: `p${i}`, name: x.contact, primary: true }] : [],
      classification: { grade: x.grade, stage: x.stage, tags: x.tags },
      addresses: x.region ? [{ region: x.region, country: 'CN' }] : [],
      sources: [{ site: `site${x.at}.example` }],
      reviewedAt: x.reviewed,
      createdAt: x.at,
      updatedAt: 10 - x.at,
      ...(x.trashed ? { deletedAt: 1 } : {}),
    }),
  );
}

describe('sortIds', () => {
  it('every column is sortable', () => {
    for (const c of COLUMNS) expect(isSortable(c)).toBe(true);
  });

  it('orders by any column in both directions, live cards only, whole archive or a set', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(spec, { maxLength: 25 }),
        fc.constantFrom(...COLUMNS),
        fc.constantFrom<Sort['dir']>('asc', 'desc'),
        fc.boolean(),
        async (specs, col, dir, whole) => {
          const db = new ArchiveDb(`sort-test-${Math.random()}`);
          dbs.push(db);
          const cards = build(specs);
          await db.cards.bulkAdd(cards.map(toRecord));
          const trashed = new Set(cards.filter((c) => c.deletedAt).map((c) => c.id));
          const set = whole ? null : new Set(cards.filter((_, i) => i % 3 !== 1).map((c) => c.id));
          const sort: Sort = { col, dir };
          const ids = await sortIds(db, set, sort, trashed);
          const expected = cards.filter((c) => !trashed.has(c.id) && (!set || set.has(c.id))).map((c) => c.id);
          expect([...ids].sort()).toEqual([...expected].sort());
          const byId = new Map(cards.map((c) => [c.id, c]));
          for (let i = 1; i < ids.length; i++) {
            const a = columnValue(byId.get(ids[i - 1])!, col);
            const b = columnValue(byId.get(ids[i])!, col);
            expect(compareValues(sort, a, b), `${col} ${dir}: ${a} before ${b}`).toBeLessThanOrEqual(0);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a column without an index (phone) sorts past the in-memory size, empty values last both ways', async () => {
    const db = new ArchiveDb(`sort-test-${Math.random()}`);
    dbs.push(db);
    const cards = Array.from({ length: 3500 }, (_, i) =>
      Card.parse({
        id: `c${String(i).padStart(5, '0')}`,
        number: `C-${i}`,
        kind: 'company',
        name: `N${i}`,
        phones: i % 10 === 0 ? [] : [{ value: `+86138${String((i * 7919) % 100000).padStart(8, '0')}` }],
        createdAt: i,
        updatedAt: i,
      }),
    );
    await db.cards.bulkAdd(cards.map(toRecord));
    for (const dir of ['asc', 'desc'] as const) {
      const ids = await sortIds(db, null, { col: 'phone', dir });
      expect(ids).toHaveLength(3500);
      const phones = ids.map((id) => cards[Number(id.slice(1))].phones[0]?.value ?? '');
      const filled = phones.filter(Boolean);
      expect(phones.slice(filled.length).every((p) => p === '')).toBe(true);
      const sorted = [...filled].sort();
      expect(filled).toEqual(dir === 'asc' ? sorted : sorted.reverse());
    }
  });
});
