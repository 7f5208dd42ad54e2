import { describe, expect, it } from 'vitest';
import { validateCandidates } from '../../../lib/transfer/records';
import { parseVcards, unfold } from '../../../lib/transfer/vcard-parse';
import { MB } from '../../../lib/transfer/limits';

// A hostile vCard must not freeze the tab: joining quoted-printable soft line breaks was quadratic (16,000 lines in
// 292 ms, 320,000 lines over 4 minutes). The bounds below are generous on purpose (a quadratic join of these files
// takes minutes): they check that parsing finishes, not how fast.

const BOUND_MS = 5000;

/** One vCard whose NOTE is quoted-printable in `lines` soft-broken lines of "=E5=B0=8F=E6=98=8E" (小明). */
function qpCard(lines: number): string {
  const body = Array.from({ length: lines }, () => '=E5=B0=8F=E6=98=8E=').join('\r\n');
  return `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Big QP\r\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${body}\r\n\r\nEND:VCARD\r\n`;
}

describe('hostile vCards parse in linear time', () => {
  it('a 5 MB quoted-printable value is joined and decoded in a few seconds, and the over-long note is reported', () => {
    const text = qpCard(250_000);
    expect(text.length).toBeGreaterThan(5 * MB);
    const t0 = performance.now();
    const candidates = parseVcards(text);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(BOUND_MS);
    expect(candidates).toHaveLength(1);
    const note = candidates[0].card.notes?.text ?? '';
    expect(note).toHaveLength(500_000);
    expect(note.startsWith('小明小明')).toBe(true);
    // Longer than a card's note may be: the import reports the row instead of taking it.
    const { cards, invalid } = validateCandidates(candidates);
    expect(cards).toHaveLength(0);
    expect(invalid).toEqual([expect.objectContaining({ row: 1 })]);
  });

  it('joins every soft line break exactly once, keeping a final "=" with nothing after it', () => {
    expect(unfold('NOTE;ENCODING=QUOTED-PRINTABLE:a=\r\nb=\r\nc\r\nFN:x')).toEqual([
      'NOTE;ENCODING=QUOTED-PRINTABLE:abc',
      'FN:x',
    ]);
    expect(unfold('NOTE;QUOTED-PRINTABLE:a=\r\nb=')).toEqual(['NOTE;QUOTED-PRINTABLE:ab=']);
    // Not quoted-printable: a line ending in "=" is left as it is.
    expect(unfold('NOTE:a=\r\nb')).toEqual(['NOTE:a=', 'b']);
  });

  it('decodes quoted-printable as before: upper and lower case hex, "=" not followed by two hex digits kept', () => {
    const [c] = parseVcards(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nFN:X\r\nNOTE;ENCODING=QUOTED-PRINTABLE:=C3=A9t=c3=a9 a=3D=ZZ 1+1=\r\n=F0=9F=98=80=\r\n\r\nEND:VCARD',
    );
    expect(c.card.notes?.text).toBe('été a==ZZ 1+1😀');
    const [gbk] = parseVcards(
      'BEGIN:VCARD\r\nFN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:=CD=F5=D0=A1=C3=F7\r\nEND:VCARD',
    );
    expect(gbk.card.name).toBe('王小明');
  });

  it('5 MB of ordinary folded lines (CRLF + space) unfold in linear time', () => {
    const folded = 'NOTE:' + Array.from({ length: 400_000 }, () => 'abcdefghijk').join('\r\n ');
    const text = `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Folded\r\n${folded}\r\nEND:VCARD\r\n`;
    expect(text.length).toBeGreaterThan(5 * MB);
    const t0 = performance.now();
    const [c] = parseVcards(text);
    expect(performance.now() - t0).toBeLessThan(BOUND_MS);
    expect(c.card.notes?.text).toBe('abcdefghijk'.repeat(400_000));
  });

  it('many short quoted-printable properties (320,000 lines across 20,000 cards) parse in a few seconds', () => {
    const one = (i: number) =>
      `BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${'=E7=8E=8B=\r\n'.repeat(13)}${i}\r\nEND:VCARD`;
    const text = Array.from({ length: 20_000 }, (_, i) => one(i)).join('\r\n');
    const t0 = performance.now();
    const candidates = parseVcards(text);
    expect(performance.now() - t0).toBeLessThan(BOUND_MS);
    expect(candidates).toHaveLength(20_000);
    expect(candidates[7].card.name).toBe('王'.repeat(13) + '7');
  });
});
