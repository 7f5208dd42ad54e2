import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { cardTerms, phoneTerms, queryTokens, textTerms } from '../../../lib/search/terms';
import { searchIds } from '../../../lib/search/search';

const card = (over: Record<string, unknown>) => ({ name: '', number: 'C-2026-0001', ...over });

describe('cardTerms', () => {
  it('indexes English words in lower case, without accents', () => {
    const t = cardTerms(card({ name: 'Café Alinea Restaurant' }));
    expect(t).toEqual(expect.arrayContaining(['cafe', 'alinea', 'restaurant']));
  });

  it('indexes Chinese names as Han character pairs', () => {
    const t = cardTerms(card({ name: '深圳市华强电子有限公司' }));
    // pairs catch any two adjacent characters, the segmenter the longer words
    expect(t).toEqual(expect.arrayContaining(['深圳', '圳市', '华强', '强电', '电子']));
    expect(t).not.toContain('深');
    // Words on most company names index nothing useful.
    expect(t).not.toContain('公司');
    expect(t).not.toContain('有限公司');
  });

  it('keeps a one-character Han run, so a single-character name is found', () => {
    expect([...textTerms('王 先生')]).toEqual(expect.arrayContaining(['王', '先生']));
  });

  it('indexes notes by the words Intl.Segmenter finds, and English words', () => {
    const t = cardTerms(
      card({ name: 'x', notes: { text: '客户要求先寄样品，确认质量后下单。 Wants tiered pricing' } }),
    );
    expect(t).toEqual(expect.arrayContaining(['客户', '要求', '样品', '确认', '质量', 'wants', 'tiered', 'pricing']));
    // Prose is not cut into pairs: no pair that spans two words.
    expect(t).not.toContain('户要');
  });

  it('indexes phones as national numbers, emails whole and by host, IM handles whole', () => {
    const t = cardTerms(
      card({
        name: 'x',
        phones: [{ value: '+86 138 0013 8000' }],
        emails: [{ value: 'Jane.Doe@Example.com' }],
        im: [{ kind: 'wechat', value: 'JaneWX_88' }],
        contacts: [{ id: 'c1', name: '张伟', phones: [{ value: '+1 (312) 867-0110' }], emails: [], im: [] }],
      }),
    );
    expect(t).toEqual(
      expect.arrayContaining(['13800138000', 'jane.doe@example.com', 'example', 'janewx_88', '张伟', '3128670110']),
    );
  });

  it('keeps Latin multi-word names whole as well, for type-ahead of a name as written', () => {
    const t = cardTerms(
      card({
        name: 'Redwood  Auto Parts',
        contacts: [{ id: 'c', name: 'Fatima Jensen', phones: [], emails: [], im: [] }],
      }),
    );
    expect(t).toEqual(expect.arrayContaining(['redwood auto parts', 'fatima jensen', 'redwood', 'fatima', 'jensen']));
    expect(cardTerms(card({ name: '华强 电子' }))).not.toContain('华强 电子');
  });

  it('caps the term count and term length', () => {
    const long = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
    const t = cardTerms(card({ name: 'n', notes: { text: long } }));
    expect(t.length).toBeLessThanOrEqual(160);
    const one = cardTerms(card({ name: 'a'.repeat(100) }));
    expect(Math.max(...one.map((x) => x.length))).toBeLessThanOrEqual(24);
  });
});

describe('queryTokens', () => {
  it('cuts a Chinese query into pairs and keeps a single character', () => {
    expect(queryTokens('华强电子')).toEqual(['华强', '强电', '电子']);
    expect(queryTokens('张')).toEqual(['张']);
  });
  it('reads a phone-like query as one digit string, without country code or trunk zero', () => {
    expect(queryTokens(' 138-0013 8000')).toEqual(['13800138000']);
    expect(queryTokens('+86 138 0013')).toEqual(['1380013']);
    expect(queryTokens('+1 (312) 867')).toEqual(['312867']);
    expect(queryTokens('0755 8888')).toEqual(['7558888']);
  });
  it('keeps an email whole and drops tokens that start another token', () => {
    expect(queryTokens('jane@exa')).toEqual(['jane@exa']);
    expect(queryTokens('Ali alinea')).toEqual(['alinea']);
    expect(queryTokens('   ')).toEqual([]);
  });
  it('drops words on most company names, and words being typed that may become one', () => {
    expect(queryTokens('华强电子有限公司')).toEqual(['华强', '强电', '电子', '子有']);
    expect(queryTokens('Granite Com')).toEqual(['granite']);
    expect(queryTokens('Granite Comet')).toEqual(['granite', 'comet']);
    expect(queryTokens('公司')).toEqual(['公司']);
  });
});

describe('searchIds on a terms index', () => {
  class Db extends Dexie {
    cards!: Table<{ id: string; number: string; name: string; terms: string[] }, string>;
    constructor() {
      super('search-test-' + Math.random(), { indexedDB, IDBKeyRange });
      this.version(1).stores({ cards: 'id, &number, *terms' });
    }
  }
  const rows: (Record<string, unknown> & { id: string; name: string })[] = [
    { id: '1', name: '深圳市华强电子有限公司', contacts: [{ id: 'a', name: '张伟', phones: [], emails: [], im: [] }] },
    { id: '2', name: '华强北贸易', contacts: [{ id: 'b', name: '李娜', phones: [], emails: [], im: [] }] },
    { id: '3', name: 'Alinea Restaurant', phones: [{ value: '+1 312 867 0110' }] },
    { id: '4', name: 'Alpine Tools GmbH', emails: [{ value: 'sales@alpine-tools.de' }] },
  ];

  async function seeded() {
    const db = new Db();
    await db.cards.bulkPut(
      rows.map((r) => ({
        ...r,
        number: 'C-' + r.id,
        terms: cardTerms({ number: 'C-' + r.id, ...r } as Parameters<typeof cardTerms>[0]),
      })),
    );
    return db;
  }

  it('answers Chinese and English queries by prefix, intersecting tokens', async () => {
    const db = await seeded();
    expect((await searchIds(db.cards, '华强')).ids.sort()).toEqual(['1', '2']);
    expect((await searchIds(db.cards, '华强电子')).ids).toEqual(['1']);
    expect((await searchIds(db.cards, '华强电子有限公司')).ids).toEqual(['1']);
    expect((await searchIds(db.cards, 'alpine tools gmbh')).ids).toEqual(['4']);
    expect((await searchIds(db.cards, '张伟')).ids).toEqual(['1']);
    expect((await searchIds(db.cards, '张')).ids).toEqual(['1']);
    expect((await searchIds(db.cards, 'al')).ids.sort()).toEqual(['3', '4']);
    expect((await searchIds(db.cards, 'al rest')).ids).toEqual(['3']);
    expect((await searchIds(db.cards, '312 867')).ids).toEqual(['3']);
    expect((await searchIds(db.cards, '+1 312-867')).ids).toEqual(['3']);
    // Customer numbers come from their own index.
    expect((await searchIds(db.cards, 'C-3')).ids).toEqual(['3']);
    expect((await searchIds(db.cards, 'c-4')).ids).toEqual(['4']);
    expect((await searchIds(db.cards, 'sales@alp')).ids).toEqual(['4']);
    expect((await searchIds(db.cards, 'zebra')).ids).toEqual([]);
    db.close();
  });

  it('checks a short last token on the few candidates when the answer is limited (type-ahead)', async () => {
    const db = await seeded();
    // "to" alone would be a huge range; with "alpine" it is checked on Alpine's own terms (tools).
    expect((await searchIds(db.cards, 'alpine to', 50)).ids).toEqual(['4']);
    expect((await searchIds(db.cards, 'alpine x', 50)).ids).toEqual([]);
    expect((await searchIds(db.cards, '华强 北', 50)).ids).toEqual(['2']);
    // A long Chinese name: two pairs are looked up, the other four checked on the candidates.
    expect((await searchIds(db.cards, '深圳市华强电子', 50)).ids).toEqual(['1']);
    expect((await searchIds(db.cards, '深圳市华强电脑', 50)).ids).toEqual([]);
    // Unlimited (the full list) answers the same from the index.
    expect((await searchIds(db.cards, 'alpine to')).ids).toEqual(['4']);
    expect((await searchIds(db.cards, 'alpine x')).ids).toEqual([]);
    db.close();
  });

  it('checks a pair holding an administrative suffix (州市, 市瑞) on the candidates, with the same answers as looking it up', async () => {
    const db = await seeded();
    await db.cards.bulkPut(
      ['苏州市瑞丰纺织', '广州市瑞丰五金', '苏州瑞丰包装'].map((name, i) => ({
        id: `z${i}`,
        number: `C-z${i}`,
        name,
        terms: cardTerms({ number: `C-z${i}`, name } as Parameters<typeof cardTerms>[0]),
      })),
    );
    for (const limit of [50, Infinity]) {
      expect((await searchIds(db.cards, '苏州市瑞丰', limit)).ids).toEqual(['z0']);
      expect((await searchIds(db.cards, '州市瑞', limit)).ids.sort()).toEqual(['z0', 'z1']);
      expect((await searchIds(db.cards, '苏州市', limit)).ids).toEqual(['z0']);
      expect((await searchIds(db.cards, '州市', limit)).ids.sort()).toEqual(['z0', 'z1']);
      expect((await searchIds(db.cards, '深圳市华强', limit)).ids).toEqual(['1']);
    }
    db.close();
  });

  it('reads a common first token a page at a time until the other tokens fill the page', async () => {
    const db = await seeded();
    const names = [
      ...Array.from({ length: 40 }, (_, i) => [`a${String(i).padStart(2, '0')}`, `义乌贸易${i}`]),
      ...['z0', 'z1', 'z2'].map((id) => [id, `义乌市${id}号`]),
    ];
    await db.cards.bulkPut(
      names.map(([id, name]) => ({
        id,
        number: `C-${id}`,
        name,
        terms: cardTerms({ number: `C-${id}`, name } as Parameters<typeof cardTerms>[0]),
      })),
    );
    // The matches sit after 40 others in the 义乌 range: the first page (16 ids for a page of 2) holds none.
    expect(await searchIds(db.cards, '义乌市', 2)).toMatchObject({ ids: ['z0', 'z1'], capped: false });
    expect(await searchIds(db.cards, '义乌市', 50)).toMatchObject({ ids: ['z0', 'z1', 'z2'], capped: false });
    expect((await searchIds(db.cards, '义乌市')).ids).toEqual(['z0', 'z1', 'z2']);
    db.close();
  });

  it('answers a name typed as written from the whole-name terms', async () => {
    const db = await seeded();
    expect((await searchIds(db.cards, 'Alinea Rest', 1)).ids).toEqual(['3']);
    expect((await searchIds(db.cards, 'alinea  rest', 50)).ids).toEqual(['3']);
    db.close();
  });

  it('returns each card once and honours the limit', async () => {
    const db = await seeded();
    // '华' is the start of several terms of card 1 and 2, yet each id comes back once.
    const all = await searchIds(db.cards, '华');
    expect(all.ids.sort()).toEqual(['1', '2']);
    expect((await searchIds(db.cards, '华', 1)).ids).toHaveLength(1);
    db.close();
  });
});

describe('phone terms', () => {
  it('index the national number of a phone however it is written', () => {
    expect([...phoneTerms('+8657110000005')]).toEqual(['57110000005']);
    expect([...phoneTerms('+86 571 1000 0005')]).toEqual(['57110000005']);
    expect([...phoneTerms('+1 (415) 555-0100')]).toEqual(['4155550100']);
    expect([...phoneTerms('+44 (0)20 7946 0000')]).toEqual(['2079460000']);
    expect([...phoneTerms('0571-1000 0005')]).toEqual(['57110000005']);
    // A trunk 0 written after the country code is not part of the national number.
    expect([...phoneTerms('+86 0571 8888 8888')]).toEqual(['57188888888']);
    expect([...phoneTerms('+86 (0571) 8888 8888')]).toEqual(['57188888888']);
  });
});
