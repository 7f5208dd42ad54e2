import { useEffect, useState } from 'preact/hooks';
import { useLang, useT } from '../i18n';
import { getBackupSettings, isBackupDue, type BackupSettings } from '../../lib/backup/settings';
import { fmtDate } from './helpers';
import { transferMessages } from './messages';

// A one-line reminder for the top of the archive page when the last backup is older than the user's setting (or
// there has never been one while the archive holds cards). Renders nothing otherwise.

export function BackupReminder(props: { cardCount: number; onBackup?: () => void; now?: number }) {
  const t = useT(transferMessages);
  const lang = useLang();
  const [s, setS] = useState<BackupSettings | null>(null);
  useEffect(() => {
    getBackupSettings().then(setS, () => setS(null));
  }, []);
  if (!s || !isBackupDue(s, props.cardCount, props.now)) return null;
  return (
    <p role="status" class="la-warning la-backup-reminder">
      {s.lastAt ? t('backup.due', { days: s.remindDays }) : t('backup.never')}{' '}
      {s.lastAt && t('backup.last', { date: fmtDate(s.lastAt, lang) })}{' '}
      {props.onBackup && (
        <button type="button" class="la-btn la-btn-link" onClick={props.onBackup}>
          {t('backup.create')}
        </button>
      )}
    </p>
  );
}
