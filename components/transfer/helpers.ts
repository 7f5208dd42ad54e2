import { MessageError } from '../../lib/messages';
import type { Translate } from '../../lib/i18n';
import { isTransferError } from '../../lib/transfer/errors';
import { MB } from '../../lib/transfer/limits';
import type { TransferKey } from './messages';

// Small shared pieces of the transfer UI: a download that works in every extension page, and one way of turning
// any failure into a sentence in the user's language.

/** Saves a Blob through an <a download> with a blob URL, revoked once the browser has taken it. */
export function downloadBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const mb = (v: unknown) => (typeof v === 'number' ? (v / MB).toFixed(1).replace(/\.0$/, '') : String(v ?? ''));

export function errorText(t: Translate<TransferKey>, e: unknown): string {
  if (isTransferError(e)) {
    const p = { ...e.params } as Record<string, string | number>;
    if (e.code === 'too-large' || e.code === 'too-large-unpacked') {
      p.size = mb(p.bytes);
      p.limit = mb(p.limit);
    }
    p.detail ??= '';
    return t(`error.${e.code}` as TransferKey, p);
  }
  if (e instanceof MessageError) {
    // The background refused a whole file with a transfer code as the message (lib/background/handlers.ts).
    const key = `error.${e.message}` as TransferKey;
    return t(key) !== key ? t(key) : t('error.other', { detail: e.message });
  }
  return t('error.other', { detail: e instanceof Error ? e.message : String(e) });
}

export function fmtDate(ms: number, lang: string): string {
  return new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
