import { useT } from '../i18n';
import type { ImportReport } from '../../lib/archive/transfer';
import { transferMessages, type TransferKey } from './messages';

// The dry-run report: counts, then the invalid rows with their reasons (the first 50; the rest counted).

const SHOWN = 50;

export function ImportReportView(props: { report: ImportReport }) {
  const t = useT(transferMessages);
  const r = props.report;
  const reason = (text: string) => {
    const [code, ...rest] = text.split(': ');
    const key = `reason.${code}` as TransferKey;
    const known = t(key) !== key;
    return known ? [t(key), rest.join(': ')].filter(Boolean).join(' — ') : text;
  };
  return (
    <section class="la-import-report" aria-label={t('report.title')}>
      <h3>{t('report.title')}</h3>
      <ul>
        <li>{t('report.total', { count: r.total })}</li>
        <li data-count="created">{t('report.created', { count: r.created })}</li>
        <li data-count="updated">{t('report.updated', { count: r.updated })}</li>
        <li data-count="unchanged">{t('report.unchanged', { count: r.unchanged })}</li>
        <li data-count="duplicates">{t('report.duplicates', { count: r.duplicates.length })}</li>
        <li data-count="invalid">{t('report.invalid', { count: r.invalid.length })}</li>
      </ul>
      {r.invalid.length > 0 && (
        <ul class="la-import-invalid">
          {r.invalid.slice(0, SHOWN).map((i) => (
            <li key={i.row}>{t('report.row', { row: i.row, reason: reason(i.reason) })}</li>
          ))}
          {r.invalid.length > SHOWN && <li>{t('report.more', { count: r.invalid.length - SHOWN })}</li>}
        </ul>
      )}
    </section>
  );
}
