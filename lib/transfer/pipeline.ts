import type { Card } from '../card/schema';
import { decryptBackup } from '../backup/crypto';
import type { Sheet } from './csv';
import { TransferError, type InvalidRecord } from './errors';
import { applyMapping, guessMapping, type Target } from './mapping';
import { readImportFile, decodeUtf8, type ImportFormat } from './read';
import { validateCandidates, type Candidate } from './records';

// The steps of an import the UI walks through, free of the UI: read the file, (for a backup) decrypt it, (for a
// sheet) map its columns, then hand over either our JSON text or checked cards for the dry run and the commit.

export type Prepared =
  | { format: 'json' | 'backup'; kind: 'json'; text: string }
  | { format: 'csv' | 'xlsx' | 'vcard'; kind: 'cards'; cards: { row: number; card: Card }[]; invalid: InvalidRecord[] };

export type Loaded =
  | { format: 'json'; text: string }
  | { format: 'backup'; bytes: Uint8Array }
  | { format: 'csv' | 'xlsx'; sheet: Sheet; mapping: Target[] }
  | { format: 'vcard'; candidates: Candidate[] };

export async function loadFile(file: Blob, name = ''): Promise<Loaded> {
  const read = await readImportFile(file, name);
  switch (read.format) {
    case 'csv':
    case 'xlsx':
      return { format: read.format, sheet: read.sheet, mapping: guessMapping(read.sheet.header) };
    case 'json':
      return read;
    case 'vcard':
      return read;
    case 'backup':
      return read;
  }
}

/** Turns a loaded file (with the user's mapping, or the passphrase of a backup) into what the dry run takes. */
export async function prepare(
  loaded: Loaded,
  opts: { mapping?: Target[]; passphrase?: string } = {},
): Promise<Prepared> {
  switch (loaded.format) {
    case 'json':
      return { format: 'json', kind: 'json', text: loaded.text };
    case 'backup': {
      if (!opts.passphrase) throw new TransferError('wrong-passphrase');
      const plain = await decryptBackup(loaded.bytes, opts.passphrase);
      return { format: 'backup', kind: 'json', text: decodeUtf8(plain) };
    }
    case 'vcard':
      return { format: 'vcard', kind: 'cards', ...validateCandidates(loaded.candidates) };
    default: {
      const mapping = opts.mapping ?? loaded.mapping;
      if (!mapping.some(Boolean)) throw new TransferError('no-mapping');
      return { format: loaded.format, kind: 'cards', ...validateCandidates(applyMapping(loaded.sheet, mapping)) };
    }
  }
}

export type { ImportFormat };
