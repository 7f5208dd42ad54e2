import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ITERATIONS,
  HEADER_BYTES,
  MIN_ITERATIONS,
  decryptBackup,
  encryptBackup,
  readHeader,
} from '../../../lib/backup/crypto';
import { TransferError } from '../../../lib/transfer/errors';

const plain = new TextEncoder().encode(
  JSON.stringify({ format: 'lead-archive', version: 1, leads: [{ name: '深圳市华强电子有限公司' }] }),
);
const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
const code = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof TransferError ? e.code : String(e)),
  );

describe('encrypted backup', () => {
  it('uses PBKDF2 with 600,000 iterations, a random salt and IV, and restores with the right passphrase', async () => {
    const a = await bytes(await encryptBackup(plain, 'correct horse battery'));
    const b = await bytes(await encryptBackup(plain, 'correct horse battery'));
    const ha = readHeader(a);
    const hb = readHeader(b);
    expect(ha.iterations).toBe(DEFAULT_ITERATIONS);
    expect(ha.salt).toHaveLength(16);
    expect(ha.iv).toHaveLength(12);
    expect(ha.salt).not.toEqual(hb.salt);
    expect(ha.iv).not.toEqual(hb.iv);
    expect(new TextDecoder().decode(a)).not.toContain('华强');
    expect(await decryptBackup(a, 'correct horse battery')).toEqual(plain);
  });
  it('says wrong passphrase or altered file for a wrong passphrase and for any flipped byte', async () => {
    const file = await bytes(await encryptBackup(plain, 'correct horse battery', MIN_ITERATIONS));
    expect(await code(decryptBackup(file, 'wrong horse battery'))).toBe('wrong-passphrase');
    for (const at of [9, 20, 35, HEADER_BYTES + 1, file.length - 1]) {
      const bad = file.slice();
      bad[at] ^= 0x01;
      expect(await code(decryptBackup(bad, 'correct horse battery'))).toBe('wrong-passphrase');
    }
  });
  it('refuses what is not a backup, a newer version, a truncated file and a weak passphrase', async () => {
    const file = await bytes(await encryptBackup(plain, 'correct horse battery', MIN_ITERATIONS));
    expect(await code(decryptBackup(plain, 'x'))).toBe('not-backup');
    expect(await code(decryptBackup(file.slice(0, 30), 'correct horse battery'))).toBe('not-backup');
    const newer = file.slice();
    newer[8] = 2;
    expect(await code(decryptBackup(newer, 'correct horse battery'))).toBe('backup-newer');
    const hang = file.slice();
    new DataView(hang.buffer).setUint32(10, 0xffffffff);
    expect(await code(decryptBackup(hang, 'correct horse battery'))).toBe('wrong-passphrase');
    expect(await code(encryptBackup(plain, 'short'))).toBe('weak-passphrase');
  });
});
