import { browser } from 'wxt/browser';
import { MessageError } from '../messages';
import type { ExtractResult } from '../extract/types';

// Capture runs the extraction content script in the tab on a click (activeTab + scripting), and returns what it
// found. Pages the extension may not script (chrome://, the web store, no permission) give `no-access`; a page
// that hangs is abandoned after CAPTURE_TIMEOUT_MS so the popup never waits forever.

export const CAPTURE_SCRIPT = '/content-scripts/capture.js';
/**
 * Extraction stops itself after ~0.4 s (the capture script's budget); injecting the script and the first layout of a huge page add up to another
 * second on a loaded machine (measured 0.5–1.0 s on a 30,000-row page at load 12 on 2 cores), so 2.5 s is left
 * before a page is taken for hung.
 */
export const CAPTURE_TIMEOUT_MS = 2500;

const NO_ACCESS = [
  /cannot access/i,
  /cannot be scripted/i,
  /missing host permission/i,
  /permission/i,
  /chrome:\/\//i,
  /extensions gallery/i,
  /error page/i,
  /about:/i,
  /no tab with id/i,
];

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  return (
    /^(chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|chrome-search|data):/i.test(
      url,
    ) ||
    /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i.test(
      url,
    )
  );
}

function timeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(
      () => reject(new MessageError('capture-failed', `The page did not answer within ${ms} ms.`)),
      ms,
    );
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

function isResult(v: unknown): v is ExtractResult {
  const r = v as ExtractResult | null;
  return !!r && typeof r === 'object' && Array.isArray(r.leads) && typeof r.url === 'string';
}

export async function captureTab(tabId: number, timeoutMs = CAPTURE_TIMEOUT_MS): Promise<ExtractResult> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (isRestrictedUrl(tab?.url))
    throw new MessageError('no-access', 'This page cannot be captured (browser or store page).');
  let results: { result?: unknown }[];
  try {
    results = await timeout(
      browser.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT] }) as Promise<
        { result?: unknown }[]
      >,
      timeoutMs,
    );
  } catch (e) {
    if (e instanceof MessageError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    if (NO_ACCESS.some((re) => re.test(message))) throw new MessageError('no-access', message);
    throw new MessageError('capture-failed', message);
  }
  const result = results?.[0]?.result;
  if (!isResult(result)) throw new MessageError('capture-failed', 'The page returned no capture result.');
  return result;
}
