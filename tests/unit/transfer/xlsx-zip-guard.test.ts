import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { exportXlsxReport, parseXlsx, zipUnpackedBytes } from '../../../lib/transfer/xlsx';
import { TransferError } from '../../../lib/transfer/errors';
import { LIMITS } from '../../../lib/transfer/limits';
import { card } from './cards';

// The zip-bomb guard must see every size the unzipper (fflate, inside read-excel-file) will allocate for: the same
// entry count, the zip64 end record, the zip64 extra field. Each crafted zip below is checked against what fflate
// itself reports for its entries (its filter is given the declared sizes and inflates nothing when it says no).

const GB = 2 ** 30;

async function workbook(): Promise<Uint8Array> {
  const { blob } = await exportXlsxReport([card({ name: 'Acme 深圳' })], { mode: 'card', lang: 'en' });
  return new Uint8Array(await blob.arrayBuffer());
}
const dv = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
function eocdOf(zip: Uint8Array): number {
  for (let i = zip.length - 22; i >= 0; i--) if (dv(zip).getUint32(i, true) === 0x06054b50) return i;
  throw new Error('no EOCD');
}
/** Offsets of the central directory entries, read from a plain zip. */
function entries(zip: Uint8Array): number[] {
  const v = dv(zip);
  const e = eocdOf(zip);
  const out: number[] = [];
  let at = v.getUint32(e + 16, true);
  for (let n = 0; n < v.getUint16(e + 10, true); n++) {
    out.push(at);
    at += 46 + v.getUint16(at + 28, true) + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return out;
}
/** The sizes fflate would allocate, as it reads them (nothing is inflated). */
function fflateDeclared(zip: Uint8Array): number {
  let total = 0;
  unzipSync(zip, {
    filter: (f) => {
      total += f.originalSize;
      return false;
    },
  });
  return total;
}
/** The same zip with a zip64 end record and locator; the classic EOCD says "see zip64" (0xFFFF, 0xFFFFFFFF). */
function asZip64(zip: Uint8Array): Uint8Array {
  const e = eocdOf(zip);
  const v = dv(zip);
  const count = v.getUint16(e + 10, true);
  const cdSize = v.getUint32(e + 12, true);
  const cdAt = v.getUint32(e + 16, true);
  const out = new Uint8Array(e + 56 + 20 + 22);
  out.set(zip.subarray(0, e));
  const o = dv(out);
  const rec = e;
  o.setUint32(rec, 0x06064b50, true);
  o.setUint32(rec + 4, 44, true); // size of the rest of the record
  o.setUint16(rec + 12, 45, true);
  o.setUint16(rec + 14, 45, true);
  o.setUint32(rec + 24, count, true);
  o.setUint32(rec + 32, count, true);
  o.setUint32(rec + 40, cdSize, true);
  o.setUint32(rec + 48, cdAt, true);
  const loc = rec + 56;
  o.setUint32(loc, 0x07064b50, true);
  o.setUint32(loc + 8, rec, true);
  o.setUint32(loc + 16, 1, true);
  const end = loc + 20;
  o.setUint32(end, 0x06054b50, true);
  o.setUint16(end + 8, 0xffff, true);
  o.setUint16(end + 10, 0xffff, true);
  o.setUint32(end + 12, 0xffffffff, true);
  o.setUint32(end + 16, 0xffffffff, true);
  return out;
}
async function refusal(zip: Uint8Array): Promise<unknown> {
  return parseXlsx(zip.slice().buffer).then(
    () => null,
    (e: unknown) => e,
  );
}

describe('XLSX zip-bomb guard reads the zip as the unzipper does', () => {
  it('counts entries by this-disk count (+8) too: total = 0, this-disk = n no longer passes as 0 bytes', async () => {
    const zip = await workbook();
    const bomb = zip.slice();
    const v = dv(bomb);
    const e = eocdOf(bomb);
    v.setUint32(entries(bomb)[0] + 24, 0xfffffff0, true); // ~4 GB declared, not the zip64 marker
    v.setUint16(e + 10, 0, true); // total entries 0; this-disk count (+8) left as it is, and fflate reads that
    expect(fflateDeclared(bomb)).toBeGreaterThan(3.9 * GB);
    expect(zipUnpackedBytes(bomb)).toBe(fflateDeclared(bomb));
    expect(await refusal(bomb)).toMatchObject({ code: 'too-large-unpacked' });
    // And the other way round: this-disk 0, total n (fflate then unpacks nothing; the guard still counts them).
    const other = zip.slice();
    dv(other).setUint32(entries(other)[0] + 24, 0xfffffff0, true);
    dv(other).setUint16(eocdOf(other) + 8, 0, true);
    expect(zipUnpackedBytes(other)).toBeGreaterThan(3.9 * GB);
  });

  it('follows the zip64 locator: a bomb behind a zip64 end record is refused (it was skipped as unreadable)', async () => {
    const zip64 = asZip64(await workbook());
    // A well-formed zip64 workbook is read, and still imports.
    expect(zipUnpackedBytes(zip64)).toBe(fflateDeclared(zip64));
    expect(zipUnpackedBytes(zip64)).toBeLessThan(100_000);
    const sheet = await parseXlsx(zip64.slice().buffer);
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]).toContain('Acme 深圳');

    const bomb = zip64.slice();
    dv(bomb).setUint32(entries(await workbook())[0] + 24, 3 * GB, true);
    expect(fflateDeclared(bomb)).toBeGreaterThan(3 * GB);
    expect(zipUnpackedBytes(bomb)).toBe(fflateDeclared(bomb));
    expect(await refusal(bomb)).toMatchObject({ code: 'too-large-unpacked' });
  });

  it("reads a zip64 entry's real size from its extra field (0xFFFFFFFF in the directory, 5 GB in the extra)", async () => {
    const plain = await workbook();
    const first = entries(plain)[0];
    const v = dv(plain);
    const nameEnd = first + 46 + v.getUint16(first + 28, true);
    // Insert a zip64 extra field (id 1, 8 bytes: uncompressed size) right after the first entry's name.
    const extra = new Uint8Array(12);
    dv(extra).setUint16(0, 1, true);
    dv(extra).setUint16(2, 8, true);
    dv(extra).setUint32(4, 1 * GB, true);
    dv(extra).setUint32(8, 1, true); // + 4 GB: 5 GB in all
    const grown = new Uint8Array(plain.length + 12);
    grown.set(plain.subarray(0, nameEnd));
    grown.set(extra, nameEnd);
    grown.set(plain.subarray(nameEnd), nameEnd + 12);
    const g = dv(grown);
    g.setUint16(first + 30, g.getUint16(first + 30, true) + 12, true);
    g.setUint32(first + 24, 0xffffffff, true);
    const e = eocdOf(grown);
    g.setUint32(e + 12, g.getUint32(e + 12, true) + 12, true);
    const bomb = asZip64(grown);
    expect(fflateDeclared(bomb)).toBeGreaterThanOrEqual(5 * GB);
    expect(zipUnpackedBytes(bomb)).toBe(fflateDeclared(bomb));
    expect(await refusal(bomb)).toMatchObject({ code: 'too-large-unpacked' });
  });

  it('refuses a zip whose directory the guard cannot read, instead of skipping the guard', async () => {
    const zip = await workbook();
    const lost = zip.slice();
    dv(lost).setUint32(eocdOf(lost) + 16, 0xffffffff, true); // "zip64" marker with no zip64 record
    expect(zipUnpackedBytes(lost)).toBeNull();
    const err = await refusal(lost);
    expect(err).toBeInstanceOf(TransferError);
    expect(err).toMatchObject({ code: 'not-xlsx' });
    // More entries claimed than the directory holds: unreadable too.
    const short = zip.slice();
    dv(short).setUint16(eocdOf(short) + 8, 0xfff0, true);
    expect(zipUnpackedBytes(short)).toBeNull();
    expect(await refusal(short)).toMatchObject({ code: 'not-xlsx' });
    expect(await refusal(new Uint8Array(10))).toMatchObject({ code: 'not-xlsx' });
  });

  it('a normal workbook still imports, and its declared size is far under the limit', async () => {
    const zip = await workbook();
    expect(zipUnpackedBytes(zip)).toBe(fflateDeclared(zip));
    expect(zipUnpackedBytes(zip)).toBeLessThan(LIMITS.xlsxUnpackedBytes);
    expect((await parseXlsx(zip.slice().buffer)).rows[0]).toContain('Acme 深圳');
  });
});
