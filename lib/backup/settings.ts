import { browser } from 'wxt/browser';

// When the last backup was made and how often the user wants to be reminded, in extension storage (not in the
// archive, so restoring an old backup does not rewind them). The reminder is due when the last backup is older
// than the chosen number of days, or when there has never been one and the archive holds cards.

export const LAST_BACKUP_KEY = 'backup.lastAt';
export const REMIND_DAYS_KEY = 'backup.remindDays';
export const DEFAULT_REMIND_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

export interface BackupSettings {
  lastAt: number | null;
  remindDays: number;
}

export async function getBackupSettings(): Promise<BackupSettings> {
  const got = await browser.storage.local.get([LAST_BACKUP_KEY, REMIND_DAYS_KEY]);
  const last = got[LAST_BACKUP_KEY];
  const days = got[REMIND_DAYS_KEY];
  return {
    lastAt: typeof last === 'number' ? last : null,
    remindDays: typeof days === 'number' && days >= 0 && days <= 365 ? days : DEFAULT_REMIND_DAYS,
  };
}

export async function setRemindDays(days: number): Promise<void> {
  await browser.storage.local.set({ [REMIND_DAYS_KEY]: Math.max(0, Math.min(365, Math.round(days))) });
}

export async function recordBackup(at = Date.now()): Promise<void> {
  await browser.storage.local.set({ [LAST_BACKUP_KEY]: at });
}

/** 0 days turns the reminder off. */
export function isBackupDue(s: BackupSettings, cardCount: number, now = Date.now()): boolean {
  if (s.remindDays === 0 || cardCount === 0) return false;
  return s.lastAt === null || now - s.lastAt > s.remindDays * DAY;
}

export type Persistence = 'persisted' | 'granted' | 'denied' | 'unsupported';

/** Asks the browser to keep the archive under storage pressure (it may refuse; the UI says what happened). */
export async function requestPersistence(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<Persistence> {
  if (!storage?.persist) return 'unsupported';
  if (await storage.persisted?.()) return 'persisted';
  return (await storage.persist()) ? 'granted' : 'denied';
}

export async function persistenceState(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<Persistence> {
  if (!storage?.persisted) return 'unsupported';
  return (await storage.persisted()) ? 'persisted' : 'denied';
}
