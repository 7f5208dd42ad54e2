import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDb, toRecord } from '../../../lib/db';
import writeXlsxFile from 'write-excel-file/universal';
import { applyMapping, guessMapping } from '../../../lib/transfer/mapping';
import { validateCandidates } from '../../../lib/transfer/records';
import { exportXlsxReport, fitCell, parseXlsx, XLSX_CELL_MAX } from '../../../lib/transfer/xlsx';
import { exportFile } from '../../../lib/transfer/export';
import { card } from './cards';

// Excel's limits and types: a cell holds at most 32,767 characters; dates in a user's workbook are real dates.

describe('XLSX limits and dates', () => {
  it('cuts a cell over 32,767 characters with a mark, never between surrogate halves, and counts it', async () => {
    expect(fitCell('a'.repeat(XLSX_CELL_MAX))).toBe('a'.repeat(XLSX_CELL_MAX));
    const long = fitCell('b'.repeat(40_000));
    expect(long).toHaveLength(XLSX_CELL_MAX);
    expect(long.endsWith('…')).toBe(true);
    const emoji = fitCell('x' + '😀'.repeat(20_000));
    expect(emoji.length).toBeLessThanOrEqual(XLSX_CELL_MAX);
    expect(emoji.isWellFormed()).toBe(true);

    const products = Array.from({ length: 200 }, (_, i) => `${i} ${'产品'.repeat(95)}`);
    const big = card({ name: 'Big', company: { mainProducts: products, certifications: [] } });
    const small = card({ name: 'Small', notes: { text: '备'.repeat(20_000) } });
    const { blob, cut } = await exportXlsxReport([big, small], { mode: 'card', lang: 'en' });
    expect(cut).toBe(1);
    const sheet = await parseXlsx(blob);
    const col = sheet.header.indexOf('Main products');
    expect(sheet.rows[0][col]).toHaveLength(XLSX_CELL_MAX);
    expect(sheet.rows[1][sheet.header.indexOf('Notes')]).toBe(small.notes.text);
  });
  it('tells the export menu how many cells were cut', async () => {
    const db = new ArchiveDb(`xlsx-${process.pid}`);
    try {
      const big = card({
        name: 'Big',
        classification: { tags: Array.from({ length: 700 }, (_, i) => `t${i}${'x'.repeat(50)}`) },
      });
      await db.cards.bulkAdd([toRecord(big), toRecord(card({ name: 'Small', number: 'C-2' }))]);
      expect(await exportFile({ format: 'xlsx', scope: {} }, db)).toMatchObject({ count: 2, cut: 1 });
      expect((await exportFile({ format: 'csv', scope: {} }, db)).cut).toBeUndefined();
    } finally {
      await db.delete();
    }
  });
  it('reads date cells of a user workbook as dates (ISO), and our ISO text back exactly', async () => {
    const when = new Date(Date.UTC(2026, 10, 3, 9, 30));
    const blob = await writeXlsxFile(
      [
        [{ value: 'Customer name' }, { value: 'Created' }],
        [{ value: 'A' }, { value: when, type: Date, format: 'yyyy-mm-dd hh:mm' }],
        [{ value: 'B' }, { value: '2026-11-23T18:00:00.123Z', type: String }],
      ],
      {},
    ).toBlob();
    const sheet = await parseXlsx(blob);
    const { cards } = validateCandidates(applyMapping(sheet, guessMapping(sheet.header)));
    expect(cards.map((c) => c.card.createdAt)).toEqual([when.getTime(), Date.parse('2026-11-23T18:00:00.123Z')]);
  });
});
