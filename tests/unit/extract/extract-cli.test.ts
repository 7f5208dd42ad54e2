import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPage } from './helpers';

// `npm run extract` end to end in headless Chromium (the contract of DESIGN.md): one JSON line per page, an error
// line for a page that cannot be read, and hostile pages finishing within about a second of extraction time.

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const repo = path.resolve(__dirname, '../../..');

describe.skipIf(!fs.existsSync(chromium))('npm run extract', () => {
  it('prints one line per page, survives bad input, keeps hostile pages under a second', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-'));
    const spans = '<span class="p-name"><span class="value">x</span></span>'.repeat(30);
    const card = `<div class="h-card">${spans}<span class="p-tel">+1 312 867 0110</span></div>`;
    const row = '<p>Item 12345 — Tel: (312) 867-0110 — mail a@b.co — 1723 North Halsted, Chicago, IL 60614</p>';
    const pages: Record<string, string> = {
      'deep.html': '<div>'.repeat(5000) + 'Tel: (312) 867-0110' + '</div>'.repeat(5000),
      'huge.html': `<body>${row.repeat(40000)}</body>`,
      'cards.html': card.repeat(1500),
      'redos.htm': `<p>${'a.'.repeat(30000)}@ ${'1'.repeat(50000)} ${'Tel '.repeat(10000)}</p>`,
    };
    for (const [name, html] of Object.entries(pages)) fs.writeFileSync(path.join(dir, name), html);
    const out = execFileSync(
      'node',
      ['scripts/extract.mjs', dir, corpusPage('webstruct-us/1.html'), path.join(dir, 'missing.html')],
      { cwd: repo, encoding: 'utf8', timeout: 120_000 },
    );
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    for (const l of lines.filter((x) => !x.error)) {
      expect(l.ms).toBeLessThan(1000);
      expect(l.baselineMs).toBeGreaterThanOrEqual(0);
      expect(Array.isArray(l.leads)).toBe(true);
    }
    const alinea = lines.find((l) => l.file.endsWith('webstruct-us/1.html'));
    expect(alinea.leads[0].phones).toContain('+13128670110');
    expect(alinea.leads[0]).toHaveProperty('im.wechat');
    const missing = lines.find((l) => l.file.endsWith('missing.html'));
    expect(missing.error).toBeTruthy();
    expect(missing.leads).toEqual([]);
    expect(lines.find((l) => l.file.endsWith('huge.html')).partial).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
