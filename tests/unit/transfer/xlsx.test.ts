import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDb, toRecord } from '../../../lib/db';
import writeXlsxFile from 'write-excel-file/universal';
import { applyMapping, guessMapping } from '../../../lib/transfer/mapping';
import { validateCandidates } from '../../../lib/transfer/records';
import { exportXlsxReport, fitCell, parseXlsx, XLSX_CELL_MAX, zipUnpackedBytes } from '../../../lib/transfer/xlsx';
import { TransferError } from '../../../lib/transfer/errors';
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
  it('refuses a workbook whose files say they unpack to more than 512 MB, before inflating a byte', async () => {
    const { blob } = await exportXlsxReport([card({ name: 'A' })], { mode: 'card', lang: 'en' });
    const zip = new Uint8Array(await blob.arrayBuffer());
    const real = zipUnpackedBytes(zip)!;
    expect(real).toBeGreaterThan(1000);
    expect(real).toBeLessThan(100_000);
    // A zip bomb: the first central directory entry declares 3 GB.
    const view = new DataView(zip.buffer);
    let cd = 0;
    while (view.getUint32(cd, true) !== 0x02014b50) cd++;
    const bomb = zip.slice();
    new DataView(bomb.buffer).setUint32(cd + 24, 3 * 2 ** 30, true);
    expect(zipUnpackedBytes(bomb)).toBeGreaterThan(3 * 2 ** 30);
    const err = await parseXlsx(bomb.buffer).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransferError);
    expect(err).toMatchObject({ code: 'too-large-unpacked' });
    expect(zipUnpackedBytes(new Uint8Array([1, 2, 3]))).toBeNull();
    expect((await parseXlsx(zip.buffer)).rows).toHaveLength(1);
  });
});
