// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LangContext } from '../../../components/i18n';
import { BackupReminder } from '../../../components/transfer/BackupReminder';
import { TransferPanel } from '../../../components/transfer/TransferPanel';
import {
  getBackupSettings,
  isBackupDue,
  recordBackup,
  requestPersistence,
  setRemindDays,
} from '../../../lib/backup/settings';
import { mount, unmount, waitFor, settle } from '../ui/helpers';

const DAY = 86_400_000;
let root: HTMLElement | null = null;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  if (root) unmount(root);
  root = null;
});

describe('backup settings', () => {
  it('keeps the last backup date and the reminder days; due only past N days, never when off or empty', async () => {
    expect(await getBackupSettings()).toEqual({ lastAt: null, remindDays: 7 });
    await recordBackup(1000);
    await setRemindDays(3);
    const s = await getBackupSettings();
    expect(s).toEqual({ lastAt: 1000, remindDays: 3 });
    expect(isBackupDue(s, 10, 1000 + 2 * DAY)).toBe(false);
    expect(isBackupDue(s, 10, 1000 + 4 * DAY)).toBe(true);
    expect(isBackupDue({ ...s, remindDays: 0 }, 10, 1000 + 400 * DAY)).toBe(false);
    expect(isBackupDue({ lastAt: null, remindDays: 7 }, 0)).toBe(false);
    expect(isBackupDue({ lastAt: null, remindDays: 7 }, 1)).toBe(true);
  });
  it('asks for persistent storage and reports what the browser said', async () => {
    const ask = (persisted: boolean, granted: boolean) =>
      requestPersistence({
        persisted: async () => persisted,
        persist: async () => granted,
      } as unknown as StorageManager);
    expect(await ask(true, false)).toBe('persisted');
    expect(await ask(false, true)).toBe('granted');
    expect(await ask(false, false)).toBe('denied');
    expect(await requestPersistence({} as StorageManager)).toBe('unsupported');
  });
  it('shows a reminder in Chinese when the last backup is too old, and nothing when it is recent', async () => {
    await recordBackup(Date.now() - 10 * DAY);
    root = mount(
      <LangContext.Provider value="zh">
        <BackupReminder cardCount={5} />
      </LangContext.Provider>,
    );
    await waitFor(() => expect(root!.textContent).toContain('上次备份已超过 7 天'));
    unmount(root);
    await recordBackup(Date.now());
    root = mount(
      <LangContext.Provider value="en">
        <BackupReminder cardCount={5} />
      </LangContext.Provider>,
    );
    await settle(20);
    expect(root.textContent).toBe('');
  });
  it('the panel can open on the backup tab (where the reminder sends the user): last date and the warning', async () => {
    await recordBackup(Date.UTC(2026, 0, 2, 3, 4));
    root = mount(
      <LangContext.Provider value="en">
        <TransferPanel initialTab="backup" cardCount={3} />
      </LangContext.Provider>,
    );
    await waitFor(() => expect(root!.textContent).toContain('Last backup: 2 Jan 2026'));
    expect(root.textContent).toContain('Removing the extension, or clearing its site data, deletes it.');
    expect(root.querySelector('[role=tab][aria-selected=true]')?.textContent).toBe('Backup');
  });
  it('asks for persistent storage when the backup tab opens and says what the browser answered', async () => {
    let asked = 0;
    const storage = { persisted: async () => asked > 0, persist: async () => (++asked, true) };
    Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
    try {
      root = mount(
        <LangContext.Provider value="zh">
          <TransferPanel initialTab="backup" cardCount={3} />
        </LangContext.Provider>,
      );
      await waitFor(() => expect(root!.textContent).toContain('已完成：浏览器会在磁盘空间不足时保留本档案。'));
      expect(asked).toBe(1);
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
    }
  });
});
