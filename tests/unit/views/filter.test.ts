import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { withFollowUps } from '../../../lib/card/last-contact';
import { Card, type FollowUp } from '../../../lib/card/schema';
import { ArchiveDb, toRecord } from '../../../lib/db';
import { startOfDay } from '../../../lib/reminders/rules';
import { facetCombos, filterIds, type Filter } from '../../../lib/views/filter';

// The filter answers from indexes only (grade/stage/tag combinations, last contact per grade…); these tests hold
// it to the plain rule applied card by card, on random archives and random filters.

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 23, 12).getTime();
const GRADES = ['A', 'B', 'C'] as const;
const STAGES = ['contact', 'needs', 'proposal'] as const;
const TAGS = ['vip', 'OEM', '展会', 'samples'];

const arbCard = fc.record({
  grade: fc.option(fc.constantFrom(...GRADES), { nil: undefined }),
  stage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
  tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
  createdDaysAgo: fc.integer({ min: 0, max: 120 }),
  followUpDaysAgo: fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 2 }),
});
const arbFilter = fc.record(
  {
    grades: fc.uniqueArray(fc.constantFrom('A', 'B', 'C', '-'), { minLength: 1, maxLength: 2 }),
    stages: fc.uniqueArray(fc.constantFrom(...STAGES), { minLength: 1, maxLength: 2 }),
    tags: fc.uniqueArray(fc.constantFrom('VIP', 'oem', '展会', 'samples', ' vip '), { minLength: 1, maxLength: 2 }),
    noContactDays: fc.integer({ min: 1, max: 90 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Filter>;

type Spec = { grade?: string; stage?: string; tags: string[]; createdDaysAgo: number; followUpDaysAgo: number[] };

function passes(c: Spec, f: Filter): boolean {
  if (f.grades?.length && !f.grades.includes((c.grade ?? '-') as 'A')) return false;
  if (f.stages?.length && !(c.stage && f.stages.includes(c.stage))) return false;
  const tags = c.tags.map((t) => t.toLowerCase());
  if (f.tags?.length && !f.tags.some((t) => tags.includes(t.trim().toLowerCase()))) return false;
  if (f.noContactDays) {
    const last = Math.max(...[c.createdDaysAgo, ...c.followUpDaysAgo].map((d) => NOW - d * DAY));
    if (last >= startOfDay(NOW) - f.noContactDays * DAY) return false;
  }
  return true;
}

const dbs: ArchiveDb[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

async function archiveOf(specs: Spec[]): Promise<ArchiveDb> {
  const db = new ArchiveDb(`filter-test-${Math.random()}`);
  dbs.push(db);
  const fus: FollowUp[] = specs.flatMap((s, i) =>
    s.followUpDaysAgo.map((d, j) => ({
      id: `f${i}-${j}`,
      cardId: `c${i}`,
      date: NOW - d * DAY,
      method: 'phone' as const,
      summary: 'call',
      done: true,
    })),
  );
  const cards = specs.map((s, i) =>
    Card.parse({
      id: `c${i}`,
      number: `C-${i}`,
      kind: 'company',
      name: `Card ${i}`,
      classification: { grade: s.grade, stage: s.stage, tags: s.tags },
      createdAt: NOW - s.createdDaysAgo * DAY,
      updatedAt: NOW,
    }),
  );
  await db.cards.bulkAdd(
    cards.map((c) =>
      toRecord(
        withFollowUps(
          c,
          fus.filter((f) => f.cardId === c.id),
        ),
      ),
    ),
  );
  await db.followUps.bulkAdd(fus);
  return db;
}

describe('filterIds', () => {
  it('gives exactly the cards that pass every criterion (grade, stage, tags, no contact), in any combination', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbCard, { maxLength: 25 }), arbFilter, async (specs, f) => {
        const db = await archiveOf(specs);
        const got = await filterIds(db, f, NOW);
        const want = specs.flatMap((s, i) => (passes(s, f) ? [`c${i}`] : []));
        if (got === null) expect(Object.values(f).every((v) => v === undefined)).toBe(true);
        else expect([...got].sort()).toEqual(want.sort());
      }),
      { numRuns: 60 },
    );
  });

  it('answers two or three of grade, stage and tags with one combination lookup', () => {
    expect(facetCombos({ grades: ['A'] })).toBeNull();
    // A blank tag names nothing, with or without a grade beside it.
    expect(facetCombos({ grades: ['A'], tags: ['  '] })).toBeNull();
    expect(facetCombos({ grades: ['A', 'B'], tags: [' VIP '] })).toHaveLength(2);
    expect(facetCombos({ grades: ['A'], stages: ['needs'], tags: ['vip', 'oem'] })).toHaveLength(2);
    // Too many combinations: the facets are looked up one by one instead.
    const many = Array.from({ length: 9 }, (_, i) => `t${i}`);
    expect(facetCombos({ grades: ['A', 'B', 'C', '-'], stages: ['needs', 'proposal'], tags: many })).toBeNull();
  });
});
