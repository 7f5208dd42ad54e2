import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, extractFile } from './helpers';

// The corpus score in-process (happy-dom instead of Chromium), on the real-page sets, for the fields whose matching
// is simple enough to redo here (phones by digit suffix, e-mails exactly). Floors sit a little under today's
// figures so a rule that breaks real pages fails the suite; the full score is `npm run extract` + score.mjs.

const SETS = ['webstruct-us', 'zh-company', 'swde-directory'];
const phoneMatch = (a: string, b: string) => {
  if (a.length < 6 || b.length < 6) return false;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return s === l || (s.length >= 7 && l.endsWith(s));
};

function f1(truth: string[], pred: string[], eq: (a: string, b: string) => boolean) {
  const used = new Set<number>();
  let tp = 0;
  for (const t of truth) {
    const j = pred.findIndex((p, i) => !used.has(i) && eq(t, p));
    if (j >= 0) {
      used.add(j);
      tp++;
    }
  }
  return { tp, fp: pred.length - tp, fn: truth.length - tp };
}

describe('corpus score in-process', () => {
  const totals = { TEL: { tp: 0, fp: 0, fn: 0 }, EMAIL: { tp: 0, fp: 0, fn: 0 } };
  for (const set of SETS) {
    const dir = path.join(CORPUS, 'pages', set);
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      const truth = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.html$/, '.truth.json')), 'utf8')).truth;
      const { leads } = extractFile(path.join(dir, f));
      const digits = (xs: string[]) => [...new Set(xs.map((x) => x.replace(/\D/g, '')))];
      const tel = f1(digits(truth.TEL ?? []), digits(leads.flatMap((l) => l.phones)), phoneMatch);
      const mail = f1(
        (truth.EMAIL ?? []).map((e: string) => e.toLowerCase()),
        [...new Set(leads.flatMap((l) => l.emails))],
        (a, b) => a === b,
      );
      for (const [k, r] of [
        ['TEL', tel],
        ['EMAIL', mail],
      ] as const) {
        totals[k].tp += r.tp;
        totals[k].fp += r.fp;
        totals[k].fn += r.fn;
      }
    }
  }
  const score = (t: { tp: number; fp: number; fn: number }) => (2 * t.tp) / (2 * t.tp + t.fp + t.fn);

  it('phones on real pages: F1 ≥ 0.92', () => expect(score(totals.TEL)).toBeGreaterThanOrEqual(0.92));
  it('e-mails on real pages: F1 ≥ 0.83', () => expect(score(totals.EMAIL)).toBeGreaterThanOrEqual(0.83));
});
