import { browser } from 'wxt/browser';

// The draft waiting for the popup (from a context-menu capture, or an unsaved edit). Kept in storage.session so it
// survives the service worker being stopped between capture and save; storage.local where session is missing.

export const PENDING_KEY = 'pendingDraft';

function area() {
  const storage = browser.storage as typeof browser.storage & { session?: typeof browser.storage.local };
  return storage.session ?? storage.local;
}

export async function getPending(): Promise<unknown | null> {
  const got = await area().get(PENDING_KEY);
  return (got as Record<string, unknown>)[PENDING_KEY] ?? null;
}

export async function setPending(pending: unknown | null): Promise<void> {
  if (pending === null || pending === undefined) await area().remove(PENDING_KEY);
  else await area().set({ [PENDING_KEY]: pending });
}
