import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEmails, isEmail } from '../../../lib/extract/email';
import { CORPUS } from './helpers';

// isemail's test suite (shared/corpus/extra/isemail): every address it calls an error is refused; every plainly
// valid one is accepted. Addresses that are valid only in theory (quoted local parts, comments, IP literals,
// obsolete forms: the RFC5321/RFC5322/CFWS/DEPREC categories) are refused on purpose: no lead uses them.

function tests() {
  const xml = fs.readFileSync(path.join(CORPUS, 'extra/isemail/tests.xml'), 'utf8');
  const out: { address: string; category: string }[] = [];
  for (const m of xml.matchAll(/<test id="\d+">([\s\S]*?)<\/test>/g)) {
    const addr = m[1].match(/<address>([\s\S]*?)<\/address>/)?.[1] ?? '';
    const category = m[1].match(/<category>([^<]*)<\/category>/)?.[1] ?? '';
    const address = addr
      .replace(/&#x24(\w\w);/g, (_x, h) => String.fromCharCode(parseInt(h, 16)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
    out.push({ address, category });
  }
  return out;
}

describe('isEmail against isemail', () => {
  const all = tests();
  it('loads the suite', () => expect(all.length).toBeGreaterThan(150));
  it('refuses every address isemail calls an error', () => {
    const accepted = all.filter((t) => t.category === 'ISEMAIL_ERR' && isEmail(t.address)).map((t) => t.address);
    expect(accepted).toEqual([]);
  });
  it('accepts the valid ones that have a dotted domain', () => {
    const valid = all.filter((t) => t.category === 'ISEMAIL_VALID_CATEGORY' && /@[^@]+\.[a-z]{2,}$/i.test(t.address));
    expect(valid.length).toBeGreaterThan(5);
    expect(valid.filter((t) => !isEmail(t.address)).map((t) => t.address)).toEqual([]);
  });
});

describe('findEmails', () => {
  it('finds addresses in text, also full-width ＠ and [at]/[dot] forms', () => {
    expect(findEmails('Mail: Sales@Example.com; 邮箱：info＠example.cn')).toEqual([
      'sales@example.com',
      'info@example.cn',
    ]);
    expect(findEmails('write to jane [at] example [dot] org')).toEqual(['jane@example.org']);
  });
  it('does not take image names for addresses', () => {
    expect(findEmails('logo@2x.png')).toEqual([]);
  });
});
