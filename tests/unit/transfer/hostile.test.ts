import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommit, importDryRun } from '../../../lib/archive/transfer';
import { ArchiveDb, toRecord } from '../../../lib/db';
import { encryptBackup, MIN_ITERATIONS } from '../../../lib/backup/crypto';
import { draftsCommit, draftsDryRun } from '../../../lib/transfer/drafts';
import { TRANSFER_ERROR_CODES, TransferError } from '../../../lib/transfer/errors';
import { exportJsonBlob } from '../../../lib/transfer/json-stream';
import { MB } from '../../../lib/transfer/limits';
import { loadFile, prepare } from '../../../lib/transfer/pipeline';
import { card } from './cards';

// At least 1,000 generated hostile files. Each must end, within seconds, in a clear outcome: a TransferError with
// a known code (the UI translates it) or a dry-run report; and the archive must be exactly as before.

let db: ArchiveDb;
let validExport = '';
let before = '';
const snapshot = async () =>
  JSON.stringify([
    await db.cards.toArray(),
    await db.history.toArray(),
    await db.followUps.toArray(),
    await db.meta.toArray(),
  ]);

beforeAll(async () => {
  db = new ArchiveDb(`hostile-${process.pid}`);
  const cards = [
    card({ name: '深圳市华强电子有限公司', number: 'C-2026-0001', phones: [{ value: '+8675588886666' }] }),
    card({ name: 'Acme Ltd', number: 'C-2026-0002', emails: [{ value: 'a@acme.example' }] }),
  ];
  await db.cards.bulkAdd(cards.map(toRecord));
  validExport = await (await exportJsonBlob({}, db)).blob.text();
  before = await snapshot();
});
afterAll(async () => {
  await db.delete();
});

type Outcome = { error: string } | { report: { total: number } };

async function runImport(file: Blob, name: string, commit = false): Promise<Outcome> {
  try {
    const prepared = await prepare(await loadFile(file, name), { passphrase: 'not the passphrase' });
    if (prepared.kind === 'json') {
      const report = await importDryRun(prepared.text, db);
      if (commit) await importCommit(prepared.text, { db }).catch(() => undefined);
      return { report };
    }
    return { report: await draftsDryRun(prepared.cards, prepared.invalid, { db }) };
  } catch (e) {
    if (e instanceof TransferError) return { error: e.code };
    throw e;
  }
}

let count = 0;
async function check(file: Blob, name: string, expected?: string | ((o: Outcome) => void)) {
  count++;
  const t0 = performance.now();
  const out = await runImport(file, name);
  const ms = performance.now() - t0;
  expect(ms, `${name} took ${ms} ms`).toBeLessThan(5000);
  if ('error' in out) expect(TRANSFER_ERROR_CODES).toContain(out.error);
  if (typeof expected === 'string') expect(out).toEqual({ error: expected });
  else expected?.(out);
  return out;
}
const blob = (parts: BlobPart[]) => new Blob(parts);
const textFiles = (n: number, arb: fc.Arbitrary<string>) => fc.sample(arb, { numRuns: n, seed: 42 });

describe('hostile import files', () => {
  it('not JSON, truncated, wrong types, prototype keys (JSON)', async () => {
    for (const t of textFiles(
      150,
      fc.string({ minLength: 1, maxLength: 200 }).map((s) => `{${s}`),
    ))
      await check(blob([t]), 'x.json', (o) =>
        expect('error' in o ? o.error : 'report').toMatch(/not-json|wrong-format|too-deep|report|empty/),
      );
    for (const cut of textFiles(150, fc.integer({ min: 1, max: validExport.length - 2 }).map(String)))
      await check(blob([validExport.slice(0, Number(cut))]), 'cut.json', (o) => expect(o).toHaveProperty('error'));
    const wrong = fc.record({
      path: fc.constantFrom(
        'format',
        'version',
        'leads',
        'leads.0',
        'leads.0.name',
        'leads.0.phones',
        'leads.0.createdAt',
        'leads.0.contacts',
        'leads.0.followUps',
      ),
      value: fc.oneof(
        fc.constant(null),
        fc.integer(),
        fc.string(),
        fc.boolean(),
        fc.constant([]),
        fc.constant({}),
        fc.constant(1e308),
      ),
    });
    for (const { path, value } of fc.sample(wrong, { numRuns: 200, seed: 7 })) {
      const doc = JSON.parse(validExport);
      const keys = path.split('.');
      let at = doc;
      for (const k of keys.slice(0, -1)) at = at[k];
      at[keys[keys.length - 1]] = value;
      await check(blob([JSON.stringify(doc)]), 'wrong.json');
    }
    const proto = JSON.parse(validExport);
    const evil = `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format":"lead-archive","version":1,"exportedAt":"x","leads":[${JSON.stringify(proto.leads[0]).replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},')}]}`;
    await check(blob([evil]), 'proto.json', (o) => expect(o).toHaveProperty('report'));
    await check(blob(['name,__proto__,constructor\nA,{"polluted":1},x\n']), 'proto.csv', (o) =>
      expect(o).toHaveProperty('report'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it('deep nesting, 10 MB strings, a 200 MB file (never read), invalid UTF-8, 10,000 columns', async () => {
    await check(blob(['['.repeat(10000) + ']'.repeat(10000)]), 'deep.json', 'too-deep');
    await check(
      blob([
        '{"format":"lead-archive","version":1,"leads":[{"name":' +
          '{"a":'.repeat(10000) +
          '1' +
          '}'.repeat(10001) +
          ']}',
      ]),
      'deep2.json',
      'too-deep',
    );
    const big = 'x'.repeat(10 * MB);
    const doc = JSON.parse(validExport);
    doc.leads[0].name = big;
    await check(blob([JSON.stringify(doc)]), 'big.json', (o) =>
      expect(o).toMatchObject({ report: { invalid: [expect.objectContaining({ row: 1 })] } }),
    );
    await check(blob([`Company,Notes\nA,${big}\n`]), 'big.csv', (o) =>
      expect(o).toMatchObject({ report: { invalid: [expect.objectContaining({ row: 2 })] } }),
    );
    await check(blob([`BEGIN:VCARD\r\nFN:${big}\r\nEND:VCARD\r\n`]), 'big.vcf', (o) =>
      expect(o).toMatchObject({ report: { invalid: [expect.objectContaining({ row: 1 })] } }),
    );
    // 200 MB, produced on demand only: the size check refuses it before a byte is read.
    let read = 0;
    const lazy = {
      size: 200 * MB,
      type: 'application/json',
      slice: () => {
        read++;
        return blob(['{"format":"lead-archive"']);
      },
      arrayBuffer: async () => {
        read++;
        throw new Error('read a 200 MB file');
      },
    } as unknown as Blob;
    await check(lazy, 'huge.json', 'too-large');
    expect(read).toBe(0);
    await check(blob([new Uint8Array(0)]), 'empty.csv', 'empty');
    for (const bytes of fc.sample(fc.uint8Array({ minLength: 1, maxLength: 300 }), { numRuns: 200, seed: 3 })) {
      const withBad = new Uint8Array([0x41, 0x2c, 0x42, 0x0a, ...bytes, 0xff, 0xfe, 0x80]);
      await check(blob([withBad]), 'bad.csv', 'invalid-utf8');
    }
    await check(blob([new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d])]), 'bad.json', 'invalid-utf8');
    const wide = Array.from({ length: 10000 }, (_, i) => `c${i}`).join(',');
    await check(blob([wide + '\n' + wide + '\n']), 'wide.csv', 'too-many-columns');
  }, 120_000);

  it('random CSV, XLSX-looking zips, vCards with folded lines and unknown properties, backups', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('"', '""', '\n', '=1+1', "'@x", '客户', ',', '\r'),
    );
    const csv = fc
      .array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 })
      .map((rows) => rows.map((r) => r.join(',')).join('\n'));
    for (const t of textFiles(150, csv)) await check(blob([t]), 'fuzz.csv');
    for (const bytes of fc.sample(fc.uint8Array({ minLength: 0, maxLength: 400 }), { numRuns: 50, seed: 5 }))
      await check(blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes])]), 'x.xlsx', (o) =>
        expect(o).toMatchObject({ error: expect.stringMatching(/not-xlsx|empty|no-header/) }),
      );
    const prop = fc.oneof(
      fc.constantFrom(
        'FN:Jane Doe',
        'ORG:Ex;Dept',
        'TEL;TYPE=cell:+1 312 555 0100',
        'EMAIL:j@x.example',
        'X-FOO;BAR="a:b":c',
        'NOTE:long\r\n  folded\r\n\tline',
        'ADR:;;1 Main;City;;;',
        'IMPP:weixin:abc',
        'PHOTO;ENCODING=b:AAAA',
        'N:;;;;',
      ),
      fc.string({ maxLength: 30 }).map((s) => `X-${s.replace(/[\r\n:]/g, '')}:${s}`),
    );
    const vcf = fc
      .array(fc.array(prop, { maxLength: 8 }), { minLength: 1, maxLength: 4 })
      .map((cards) => cards.map((ps) => ['BEGIN:VCARD', 'VERSION:4.0', ...ps, 'END:VCARD'].join('\r\n')).join('\r\n'));
    for (const t of textFiles(150, vcf)) await check(blob([t]), 'fuzz.vcf', (o) => expect(o).toHaveProperty('report'));
    await check(blob(['BEGIN:VCARD\r\nFN:only a start']), 'open.vcf', 'not-vcard');
    const real = await encryptBackup(new TextEncoder().encode(validExport), 'the right passphrase', MIN_ITERATIONS);
    await check(real, 'backup.leadbackup', 'wrong-passphrase');
    for (const bytes of fc.sample(fc.uint8Array({ minLength: 0, maxLength: 100 }), { numRuns: 30, seed: 9 })) {
      for (const version of [1, 2]) {
        const b = new Uint8Array([
          0x4c,
          0x45,
          0x41,
          0x44,
          0x42,
          0x41,
          0x4b,
          0x00,
          version,
          1,
          0,
          1,
          0x86,
          0xa0,
          ...bytes,
        ]);
        await check(blob([b]), 'x.leadbackup', (o) =>
          expect(o).toMatchObject({
            error: expect.stringMatching(/^(backup-damaged|wrong-passphrase(-or-altered)?)$/),
          }),
        );
      }
    }
  }, 120000);

  it('left the archive exactly as it was, after at least 1,000 files', async () => {
    expect(count).toBeGreaterThanOrEqual(1000);
    expect(await snapshot()).toBe(before);
  });
  it('a whole-file refusal also refuses the commit, and a failing commit writes nothing', async () => {
    await expect(importCommit('{"format":"lead-archive","version":99,"leads":[]}', { db })).rejects.toThrow();
    const bad = (await prepare(await loadFile(blob(['Company\nOk\n' + 'X'.repeat(600) + '\n']), 'a.csv'))) as Extract<
      Awaited<ReturnType<typeof prepare>>,
      { kind: 'cards' }
    >;
    const hook = () => {
      throw new Error('quota');
    };
    db.cards.hook('creating', hook);
    await expect(draftsCommit(bad.cards, { db })).rejects.toThrow();
    db.cards.hook('creating').unsubscribe(hook);
    expect(await snapshot()).toBe(before);
  });
});
