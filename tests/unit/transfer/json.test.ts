import { describe, expect, it } from 'vitest';
import { buildExport, parseImport, stringifyExport, JSON_VERSION } from '../../../lib/transfer/json';
import { TransferError } from '../../../lib/transfer/errors';
import { Card } from '../../../lib/card/schema';

const card = Card.parse({ id: 'c1', number: 'C-2026-0001', kind: 'company', name: 'Acme', createdAt: 1, updatedAt: 2 });
const lead = {
  ...card,
  followUps: [],
  history: [{ id: 1, cardId: 'c1', at: 1, field: 'created', new: 'C-2026-0001' }],
};

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof TransferError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('JSON export format', () => {
  it('is a versioned envelope that parses back to the same leads', () => {
    const file = buildExport([lead], new Date('2026-11-23T18:00:00Z'));
    expect(file).toMatchObject({ format: 'lead-archive', version: 1, exportedAt: '2026-11-23T18:00:00.000Z' });
    const parsed = parseImport(stringifyExport(file));
    expect(parsed.invalid).toEqual([]);
    expect(parsed.valid.map((v) => v.lead)).toEqual([lead]);
  });

  it('refuses the whole file when it is not ours, with a code the UI translates', () => {
    expect(code(() => parseImport('{"format":"lead-archive",'))).toBe('not-json');
    expect(code(() => parseImport('name,phone\nAcme,1'))).toBe('not-json');
    expect(code(() => parseImport('   '))).toBe('empty');
    expect(code(() => parseImport('{"format":"other","version":1,"leads":[]}'))).toBe('wrong-format');
    expect(code(() => parseImport('[1,2,3]'))).toBe('wrong-format');
    expect(code(() => parseImport(`{"format":"lead-archive","version":${JSON_VERSION + 1},"leads":[]}`))).toBe(
      'newer-version',
    );
    expect(code(() => parseImport('{"format":"lead-archive","version":1,"leads":[]}', 10))).toBe('too-large');
    expect(code(() => parseImport('['.repeat(5000) + ']'.repeat(5000)))).toBe('too-deep');
  });

  it('lists each invalid record with its index and the reason, and keeps the valid ones', () => {
    const text = JSON.stringify({
      format: 'lead-archive',
      version: 1,
      exportedAt: 'x',
      leads: [
        lead,
        { ...lead, id: 'c2', kind: 'robot' },
        { ...lead, id: 'c3', emails: [{ value: 'x'.repeat(501) }] },
        'not a record',
        { ...lead, id: 'c4', history: [{ cardId: 'someone-else', at: 1, field: 'x' }] },
      ],
    });
    const parsed = parseImport(text);
    expect(parsed.valid.map((v) => v.index)).toEqual([0]);
    expect(parsed.invalid.map((i) => i.index)).toEqual([1, 2, 3, 4]);
    expect(parsed.invalid[0].reason).toMatch(/^kind: /);
    expect(parsed.invalid[1].reason).toMatch(/^emails\.0\.value: /);
    expect(parsed.invalid[1].row).toBe(3);
    expect(parsed.invalid[3].reason).toMatch(/cardId/);
  });
});
