import { useEffect, useState } from 'preact/hooks';
import { Button } from '../common/Button';
import { useLang, useT } from '../i18n';
import { encryptBackup, MIN_PASSPHRASE } from '../../lib/backup/crypto';
import {
  getBackupSettings,
  isBackupDue,
  persistenceState,
  recordBackup,
  requestPersistence,
  setRemindDays,
  type BackupSettings,
  type Persistence,
} from '../../lib/backup/settings';
import { getDb } from '../../lib/db';
import { exportJsonBlob } from '../../lib/transfer/json-stream';
import { downloadBlob, errorText, fmtDate } from './helpers';
import { transferMessages } from './messages';

// The backup dialog: make an encrypted backup (restore is the import wizard, which recognises the file), see when
// the last one was made, set the reminder, ask for persistent storage, and be told plainly that removing the
// extension deletes the archive.

export function BackupPanel(props: { cardCount?: number }) {
  const t = useT(transferMessages);
  const lang = useLang();
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [persist, setPersist] = useState<Persistence | null>(null);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    getBackupSettings().then(setSettings, () => setSettings({ lastAt: null, remindDays: 7 }));
    // Asked as soon as the backup tab opens, not only on the button: Chromium grants it to an extension holding
    // unlimitedStorage without a prompt, and an archive that is not persisted can be evicted under disk pressure.
    requestPersistence().then(setPersist, () => persistenceState().then(setPersist, () => setPersist('unsupported')));
  }, []);

  const create = async () => {
    if (pass !== again) return setStatus({ ok: false, text: t('backup.mismatch') });
    setBusy(true);
    setStatus(null);
    try {
      const { blob, count } = await exportJsonBlob({}, getDb());
      const file = await encryptBackup(new Uint8Array(await blob.arrayBuffer()), pass);
      const name = `lead-archive-${new Date().toISOString().slice(0, 10)}.leadbackup`;
      downloadBlob(file, name);
      const at = Date.now();
      await recordBackup(at);
      setSettings((s) => ({ remindDays: s?.remindDays ?? 7, lastAt: at }));
      setPass('');
      setAgain('');
      setStatus({ ok: true, text: t('backup.done', { count, name }) });
    } catch (e) {
      setStatus({ ok: false, text: errorText(t, e) });
    } finally {
      setBusy(false);
    }
  };

  const due = settings && isBackupDue(settings, props.cardCount ?? 1);
  return (
    <div class="la-transfer-backup">
      <p>{t('backup.intro')}</p>
      <p class="la-warning" role="note">
        {t('backup.warning')}
      </p>
      {settings && (
        <p data-testid="last-backup">
          {settings.lastAt ? t('backup.last', { date: fmtDate(settings.lastAt, lang) }) : t('backup.never')}
        </p>
      )}
      {due && settings?.lastAt && (
        <p role="alert" class="la-warning">
          {t('backup.due', { days: settings.remindDays })}
        </p>
      )}
      <form onSubmit={(e) => (e.preventDefault(), create())}>
        <label>
          {t('backup.passphrase')}{' '}
          <input
            type="password"
            autocomplete="new-password"
            minLength={MIN_PASSPHRASE}
            value={pass}
            onInput={(e) => setPass((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('backup.confirm')}{' '}
          <input
            type="password"
            autocomplete="new-password"
            value={again}
            onInput={(e) => setAgain((e.target as HTMLInputElement).value)}
          />
        </label>
        <Button type="submit" variant="primary" disabled={busy || pass.length < MIN_PASSPHRASE}>
          {busy ? t('backup.busy') : t('backup.create')}
        </Button>
      </form>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'la-ok' : 'la-error'}>
          {status.text}
        </p>
      )}
      <p>{t('backup.restore')}</p>
      {settings && (
        <label>
          {t('backup.remind')}{' '}
          <input
            type="number"
            min={0}
            max={365}
            value={settings.remindDays}
            onChange={(e) => {
              const typed = Number((e.target as HTMLInputElement).value);
              if (!Number.isFinite(typed)) return;
              // Kept as stored (0…365 whole days): a typed -5 would otherwise show "older than -5 days".
              const days = Math.max(0, Math.min(365, Math.round(typed)));
              setSettings({ ...settings, remindDays: days });
              void setRemindDays(days);
            }}
          />
        </label>
      )}
      <div>
        <Button onClick={() => requestPersistence().then(setPersist, () => setPersist('unsupported'))}>
          {t('backup.persist')}
        </Button>
        {persist && <p role="status">{t(`persist.${persist}`)}</p>}
      </div>
    </div>
  );
}
