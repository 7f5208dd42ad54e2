import { TransferError } from '../transfer/errors';
import { LIMITS } from '../transfer/limits';

// The encrypted backup file. WebCrypto only: passphrase → PBKDF2-SHA256 (600,000 iterations, random 16-byte salt)
// → AES-256-GCM (random 12-byte IV). The header is authenticated as GCM additional data, so changing any byte of
// it, or of the ciphertext, fails exactly like a wrong passphrase: "wrong passphrase or altered file".
//
//   offset  size  field
//   0       8     magic "LEADBAK" + NUL
//   8       1     format version (1)
//   9       1     flags (bit 0: payload gzip-compressed)
//   10      4     PBKDF2 iterations, big-endian
//   14      16    salt
//   30      12    IV
//   42      …     AES-GCM ciphertext + 16-byte tag of the (compressed) JSON export

export const MAGIC = new Uint8Array([0x4c, 0x45, 0x41, 0x44, 0x42, 0x41, 0x4b, 0x00]);
export const BACKUP_VERSION = 1;
export const DEFAULT_ITERATIONS = 600_000;
/** Refused below this (a weakened file) and above the max (a header altered to make the tab hang). */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;
export const HEADER_BYTES = 42;
export const MIN_PASSPHRASE = 8;
const FLAG_GZIP = 1;

export interface BackupHeader {
  version: number;
  gzip: boolean;
  iterations: number;
  salt: Uint8Array;
  iv: Uint8Array;
}

export function isBackup(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
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
  const out = new Uint8Array(HEADER_BYTES);
  out.set(MAGIC, 0);
  out[8] = h.version;
  out[9] = h.gzip ? FLAG_GZIP : 0;
  new DataView(out.buffer).setUint32(10, h.iterations);
  out.set(h.salt, 14);
  out.set(h.iv, 30);
  return out;
}

export function readHeader(bytes: Uint8Array): BackupHeader {
  if (!isBackup(bytes) || bytes.length < HEADER_BYTES + 16) throw new TransferError('not-backup');
  const version = bytes[8];
  if (version > BACKUP_VERSION) throw new TransferError('backup-newer', { version });
  if (version < 1) throw new TransferError('not-backup');
  const iterations = new DataView(bytes.buffer, bytes.byteOffset).getUint32(10);
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) throw new TransferError('wrong-passphrase');
  return {
    version,
    gzip: (bytes[9] & FLAG_GZIP) !== 0,
    iterations,
    salt: bytes.slice(14, 30),
    iv: bytes.slice(30, 42),
  };
}

/** Encrypts the export bytes (our JSON) into a backup file. */
export async function encryptBackup(
  plain: Uint8Array,
  passphrase: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<Blob> {
  if (passphrase.length < MIN_PASSPHRASE) throw new TransferError('weak-passphrase', { limit: MIN_PASSPHRASE });
  const header = writeHeader({
    version: BACKUP_VERSION,
    gzip: true,
    iterations,
    salt: crypto.getRandomValues(new Uint8Array(16)),
    iv: crypto.getRandomValues(new Uint8Array(12)),
  });
  const h = readHeader(new Uint8Array([...header, ...new Uint8Array(16)]));
  const key = await deriveKey(passphrase, h.salt, iterations);
  const packed = await pipe(plain, new CompressionStream('gzip'));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: h.iv as BufferSource, additionalData: header as BufferSource },
    key,
    packed as BufferSource,
  );
  return new Blob([header as BlobPart, cipher], { type: 'application/octet-stream' });
}

/** Decrypts a backup file to the export bytes; `wrong-passphrase` covers any change to the file as well. */
export async function decryptBackup(file: Uint8Array, passphrase: string): Promise<Uint8Array> {
  if (file.length > LIMITS.backupBytes)
    throw new TransferError('too-large', { bytes: file.length, limit: LIMITS.backupBytes });
  const h = readHeader(file);
  const key = await deriveKey(passphrase, h.salt, h.iterations);
  let packed: ArrayBuffer;
  try {
    packed = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: h.iv as BufferSource, additionalData: file.subarray(0, HEADER_BYTES) as BufferSource },
      key,
      file.subarray(HEADER_BYTES) as BufferSource,
    );
  } catch {
    throw new TransferError('wrong-passphrase');
  }
  return h.gzip
    ? pipe(new Uint8Array(packed), new DecompressionStream('gzip'), LIMITS.jsonBytes)
    : new Uint8Array(packed);
}
