import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { extractPage, toContractLead } from '../../../lib/extract';
import type { ContractLead, ExtractResult } from '../../../lib/extract/types';

// Test pages: the shared corpus (../shared/corpus beside the repo) and this repo's own fixtures.
export const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
export const FIXTURES = path.resolve(__dirname, '../../fixtures/extract');
export const corpusPage = (rel: string) => path.join(CORPUS, 'pages', rel);

/** Decodes a saved page as a browser would: its declared charset (several zh pages are GBK), else UTF-8. */
export function readPage(file: string): string {
  const bytes = fs.readFileSync(file);
  const head = bytes.subarray(0, 4096).toString('latin1');
  const cs = head.match(/charset=["']?([\w-]+)/i)?.[1]?.toLowerCase();
  const label = cs && /^(gb2312|gbk|gb18030)$/.test(cs) ? 'gbk' : 'utf-8';
  return new TextDecoder(label).decode(bytes);
}

export function parse(html: string, url = 'http://127.0.0.1/page.html'): Document {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function extractHtml(html: string, url?: string, budgetMs?: number): ExtractResult {
  return extractPage(parse(html, url), url ?? 'http://127.0.0.1/page.html', { budgetMs });
}

/** All contract leads of a page merged into one list of values per field (what the corpus scorer compares). */
export function values(leads: ContractLead[]) {
  const flat = (f: (l: ContractLead) => string[]) => leads.flatMap(f);
  return {
    org: flat((l) => (l.organization ? [l.organization] : [])),
    persons: flat((l) => l.persons.map((p) => p.name)),
    titles: flat((l) => l.persons.map((p) => p.title).filter(Boolean)),
    phones: flat((l) => l.phones),
    faxes: flat((l) => l.faxes),
    emails: flat((l) => l.emails),
    streets: flat((l) => l.addresses.map((a) => a.street)),
    addresses: leads.flatMap((l) => l.addresses),
    im: leads.reduce(
      (acc, l) => {
        for (const [k, v] of Object.entries(l.im)) (acc[k] ??= []).push(...v);
        return acc;
      },
      {} as Record<string, string[]>,
    ),
  };
}

export function extractFile(file: string, url?: string) {
  const r = extractHtml(readPage(file), url);
  return { result: r, leads: r.leads.map(toContractLead) };
}

export const digits = (s: string) => s.replace(/\D/g, '');
