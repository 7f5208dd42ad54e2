import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  DEFAULT_ITERATIONS,
  HEADER_BYTES,
  HEADER_BYTES_V1,
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
  it('tells a wrong passphrase from a file altered after it was made (version 2 key check)', async () => {
    const file = await bytes(await encryptBackup(plain, 'correct horse battery', MIN_ITERATIONS));
    expect(readHeader(file).version).toBe(BACKUP_VERSION);
    expect(readHeader(file).check).toHaveLength(32);
    expect(await code(decryptBackup(file, 'wrong horse battery'))).toBe('wrong-passphrase');
    // The flags, the IV and the check are authenticated: right passphrase, altered header or body → altered.
    for (const at of [9, 35, HEADER_BYTES_V1 + 3, HEADER_BYTES + 1, file.length - 1]) {
      const bad = file.slice();
      bad[at] ^= 0x01;
      const want = at >= HEADER_BYTES_V1 && at < HEADER_BYTES ? 'wrong-passphrase' : 'backup-altered';
      expect(await code(decryptBackup(bad, 'correct horse battery'))).toBe(want);
    }
    // The salt feeds the key: a changed salt cannot be told from a wrong passphrase, and the message says so.
    const salted = file.slice();
    salted[20] ^= 0x01;
    expect(await code(decryptBackup(salted, 'correct horse battery'))).toBe('wrong-passphrase');
    expect(await code(decryptBackup(file.slice(0, file.length - 5), 'correct horse battery'))).toBe('backup-altered');
  });
  it('still restores a version 1 backup, whose failures say wrong passphrase or altered file', async () => {
    const v1 = await versionOne(plain, 'correct horse battery');
    expect(readHeader(v1)).toMatchObject({ version: 1, check: undefined });
    expect(await decryptBackup(v1, 'correct horse battery')).toEqual(plain);
    expect(await code(decryptBackup(v1, 'wrong horse battery'))).toBe('wrong-passphrase-or-altered');
    const bad = v1.slice();
    bad[bad.length - 1] ^= 0x01;
    expect(await code(decryptBackup(bad, 'correct horse battery'))).toBe('wrong-passphrase-or-altered');
  });
  it('refuses what is not a backup, a newer version, a damaged header, a cut file and a weak passphrase', async () => {
    const file = await bytes(await encryptBackup(plain, 'correct horse battery', MIN_ITERATIONS));
    expect(await code(decryptBackup(plain, 'x'))).toBe('not-backup');
    expect(await code(decryptBackup(file.slice(0, 30), 'correct horse battery'))).toBe('backup-damaged');
    expect(await code(decryptBackup(file.slice(0, HEADER_BYTES + 10), 'correct horse battery'))).toBe('backup-damaged');
    const newer = file.slice();
    newer[8] = BACKUP_VERSION + 1;
    expect(await code(decryptBackup(newer, 'correct horse battery'))).toBe('backup-newer');
    const zero = file.slice();
    zero[8] = 0;
    expect(await code(decryptBackup(zero, 'correct horse battery'))).toBe('backup-damaged');
    const hang = file.slice();
    new DataView(hang.buffer).setUint32(10, 0xffffffff);
    expect(await code(decryptBackup(hang, 'correct horse battery'))).toBe('backup-damaged');
    expect(await code(encryptBackup(plain, 'short'))).toBe('weak-passphrase');
  });
});

/** A version 1 file as the first release wrote it: the PBKDF2 key itself, a 42-byte header, no key check. */
async function versionOne(data: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header = new Uint8Array(HEADER_BYTES_V1);
  header.set([0x4c, 0x45, 0x41, 0x44, 0x42, 0x41, 0x4b, 0x00, 1, 1]);
  new DataView(header.buffer).setUint32(10, MIN_ITERATIONS);
  header.set(salt, 14);
  header.set(iv, 30);
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: MIN_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const packed = await bytes(
    await new Response(new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'))).blob(),
  );
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, packed);
  return new Uint8Array([...header, ...new Uint8Array(cipher)]);
}
