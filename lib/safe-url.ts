// Scraped URLs become links only when they are http(s), mailto or tel; anything else (javascript:, data:…) is text.
const SAFE = /^(https?:|mailto:|tel:)/i;

export function safeHref(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!SAFE.test(s)) return null;
  try {
    const u = new URL(s);
    return SAFE.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
