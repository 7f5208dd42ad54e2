import { TransferError } from '../transfer/errors';
import { LIMITS } from '../transfer/limits';

// The encrypted backup file. WebCrypto only: passphrase → PBKDF2-SHA256 (600,000 iterations, random 16-byte salt)
// → AES-256-GCM (random 12-byte IV), the header authenticated as GCM additional data.
//
//   offset  size  field
//   0       8     magic "LEADBAK" + NUL
//   8       1     format version (2; version 1 files are still read)
//   9       1     flags (bit 0: payload gzip-compressed)
//   10      4     PBKDF2 iterations, big-endian
//   14      16    salt
//   30      12    IV
//   42      32    key check (version 2 only)
//   42/74   …     AES-GCM ciphertext + 16-byte tag of the (compressed) JSON export
//
// GCM alone cannot tell a wrong passphrase from an altered file: both just fail the tag. Version 2 therefore
// derives two independent values from the one PBKDF2 result with HKDF-SHA256: the AES key and a 32-byte key check
// stored in the header. On restore a check that differs means the passphrase is wrong (or the header's salt,
// iteration count or check bytes were changed: no file can prove which); a check that matches followed by a failing
// tag means the passphrase is right and the file was altered or damaged after it was made. The check costs an
// attacker nothing: testing a guess against it needs the same 600,000 PBKDF2 rounds as testing it against the tag.
// A version 1 file has no check, and its failure still says "wrong passphrase or altered file".

export const MAGIC = new Uint8Array([0x4c, 0x45, 0x41, 0x44, 0x42, 0x41, 0x4b, 0x00]);
export const BACKUP_VERSION = 2;
export const DEFAULT_ITERATIONS = 600_000;
/** Refused below this (a weakened file) and above the max (a header altered to make the tab hang). */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;
/** Header length by version. */
export const HEADER_BYTES_V1 = 42;
export const HEADER_BYTES = 74;
const CHECK_BYTES = 32;
export const MIN_PASSPHRASE = 8;
const FLAG_GZIP = 1;
const TAG_BYTES = 16;

export interface BackupHeader {
  version: number;
  gzip: boolean;
  iterations: number;
  salt: Uint8Array;
  iv: Uint8Array;
  /** Version 2: HKDF "check" value of the PBKDF2 result. */
  check?: Uint8Array;
}

export const headerBytes = (version: number) => (version >= 2 ? HEADER_BYTES : HEADER_BYTES_V1);

export function isBackup(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

async function pbkdf2(passphrase: string, salt: Uint8Array, iterations: number): Promise<ArrayBuffer> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits', 'deriveKey'],
  );
  return crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    256,
  );
}

/** Version 1: the PBKDF2 result is the AES key. Version 2: HKDF splits it into the AES key and the key check. */
async function deriveKeys(
  passphrase: string,
  h: Pick<BackupHeader, 'version' | 'salt' | 'iterations'>,
): Promise<{ key: CryptoKey; check?: Uint8Array }> {
  const bits = await pbkdf2(passphrase, h.salt, h.iterations);
  const aes = { name: 'AES-GCM', length: 256 } as const;
  if (h.version < 2) return { key: await crypto.subtle.importKey('raw', bits, aes, false, ['encrypt', 'decrypt']) };
  const master = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveBits', 'deriveKey']);
  const hkdf = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: new TextEncoder().encode(`lead-archive backup v2 ${info}`),
  });
  const key = await crypto.subtle.deriveKey(hkdf('aes-gcm key'), master, aes, false, ['encrypt', 'decrypt']);
  const check = new Uint8Array(await crypto.subtle.deriveBits(hkdf('key check'), master, CHECK_BYTES * 8));
  return { key, check };
}

/** Compares without stopping at the first difference. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

async function pipe(
  data: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  max = Infinity,
): Promise<Uint8Array> {
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      throw new TransferError('too-large', { limit: max });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function writeHeader(h: BackupHeader): Uint8Array {
  const out = new Uint8Array(headerBytes(h.version));
  out.set(MAGIC, 0);
  out[8] = h.version;
  out[9] = h.gzip ? FLAG_GZIP : 0;
  new DataView(out.buffer).setUint32(10, h.iterations);
  out.set(h.salt, 14);
  out.set(h.iv, 30);
  if (h.version >= 2) out.set(h.check ?? new Uint8Array(CHECK_BYTES), HEADER_BYTES_V1);
  return out;
}

/**
 * Reads the header. Not our magic: `not-backup`. A newer version: `backup-newer`. Our magic but too short for
 * header and tag, version 0, or an iteration count no backup of ours has: `backup-damaged` (cut short or altered).
 */
export function readHeader(bytes: Uint8Array): BackupHeader {
  if (!isBackup(bytes)) throw new TransferError('not-backup');
  if (bytes.length < 9) throw new TransferError('backup-damaged');
  const version = bytes[8];
  if (version > BACKUP_VERSION) throw new TransferError('backup-newer', { version });
  if (version < 1 || bytes.length < headerBytes(version) + TAG_BYTES) throw new TransferError('backup-damaged');
  const iterations = new DataView(bytes.buffer, bytes.byteOffset).getUint32(10);
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) throw new TransferError('backup-damaged');
  return {
    version,
    gzip: (bytes[9] & FLAG_GZIP) !== 0,
    iterations,
    salt: bytes.slice(14, 30),
    iv: bytes.slice(30, 42),
    check: version >= 2 ? bytes.slice(HEADER_BYTES_V1, HEADER_BYTES) : undefined,
  };
}

/** Encrypts the export bytes (our JSON) into a backup file (version 2). */
export async function encryptBackup(
  plain: Uint8Array,
  passphrase: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<Blob> {
  if (passphrase.length < MIN_PASSPHRASE) throw new TransferError('weak-passphrase', { limit: MIN_PASSPHRASE });
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) throw new RangeError('iterations out of range');
  const h: BackupHeader = {
    version: BACKUP_VERSION,
    gzip: true,
    iterations,
    salt: crypto.getRandomValues(new Uint8Array(16)),
    iv: crypto.getRandomValues(new Uint8Array(12)),
  };
  const { key, check } = await deriveKeys(passphrase, h);
  const header = writeHeader({ ...h, check });
  const packed = await pipe(plain, new CompressionStream('gzip'));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: h.iv as BufferSource, additionalData: header as BufferSource },
    key,
    packed as BufferSource,
  );
  return new Blob([header as BlobPart, cipher], { type: 'application/octet-stream' });
}

/**
 * Decrypts a backup file to the export bytes. Version 2: `wrong-passphrase` when the key check differs,
 * `backup-altered` when it matches but the tag fails. Version 1: `wrong-passphrase-or-altered` (GCM cannot tell).
 */
export async function decryptBackup(file: Uint8Array, passphrase: string): Promise<Uint8Array> {
  if (file.length > LIMITS.backupBytes)
    throw new TransferError('too-large', { bytes: file.length, limit: LIMITS.backupBytes });
  const h = readHeader(file);
  const { key, check } = await deriveKeys(passphrase, h);
  if (check && h.check && !sameBytes(check, h.check)) throw new TransferError('wrong-passphrase');
  const size = headerBytes(h.version);
  let packed: ArrayBuffer;
  try {
    packed = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: h.iv as BufferSource, additionalData: file.subarray(0, size) as BufferSource },
      key,
      file.subarray(size) as BufferSource,
    );
  } catch {
    throw new TransferError(h.version >= 2 ? 'backup-altered' : 'wrong-passphrase-or-altered');
  }
  if (!h.gzip) return new Uint8Array(packed);
  try {
    return await pipe(new Uint8Array(packed), new DecompressionStream('gzip'), LIMITS.jsonBytes);
  } catch (e) {
    // The tag passed, so these are the bytes we wrote; only a file over the size limit ends up here.
    if (e instanceof TransferError) throw e;
    throw new TransferError('backup-damaged');
  }
}
