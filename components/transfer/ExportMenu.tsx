import { useState } from 'preact/hooks';
import { Button } from '../common/Button';
import { useLang, useT } from '../i18n';
import { EXPORT_FORMATS, exportFile, type ExportFormat } from '../../lib/transfer/export';
import type { HeaderLang, RowMode } from '../../lib/transfer/csv';
import { downloadBlob, errorText } from './helpers';
import { transferMessages, type TransferKey } from './messages';

// The export menu: a format, which cards (all, the selection, or the current list), and for the flat formats
// rows per card or per contact and the heading language. Reading only: nothing in the archive changes.

type Scope = 'all' | 'selection' | 'filtered';

export function ExportMenu(props: { selectedIds?: string[]; filteredIds?: string[] }) {
  const t = useT(transferMessages);
  const lang = useLang();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [scope, setScope] = useState<Scope>(props.selectedIds?.length ? 'selection' : 'all');
  const [mode, setMode] = useState<RowMode>('card');
  const [headers, setHeaders] = useState<HeaderLang>(lang);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const flat = format === 'csv' || format === 'xlsx';

  const run = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const ids = scope === 'selection' ? props.selectedIds : scope === 'filtered' ? props.filteredIds : undefined;
      const { blob, name, count, cut } = await exportFile({ format, scope: ids ? { ids } : {}, mode, lang: headers });
      if (!count) setStatus({ ok: false, text: t('export.none') });
      else {
        downloadBlob(blob, name);
        const done = t('export.done', { count, name });
        setStatus({ ok: true, text: cut ? `${done} ${t('export.cut', { count: cut })}` : done });
      }
    } catch (e) {
      setStatus({ ok: false, text: t('export.failed', { detail: errorText(t, e) }) });
    } finally {
      setBusy(false);
    }
  };

  const radio = (
    name: string,
    value: string,
    checked: boolean,
    onChange: () => void,
    label: string,
    disabled = false,
  ) => (
    <label class="la-radio">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} disabled={disabled} /> {label}
    </label>
  );

  return (
    <form class="la-transfer-export" onSubmit={(e) => (e.preventDefault(), run())}>
      <label>
        {t('export.format')}{' '}
        <select value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`format.${f}` as TransferKey)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('export.scope')}</legend>
        {radio('la-export-scope', 'all', scope === 'all', () => setScope('all'), t('scope.all'))}
        {radio(
          'la-export-scope',
          'selection',
          scope === 'selection',
          () => setScope('selection'),
          t('scope.selection', { count: props.selectedIds?.length ?? 0 }),
          !props.selectedIds?.length,
        )}
        {props.filteredIds &&
          radio(
            'la-export-scope',
            'filtered',
            scope === 'filtered',
            () => setScope('filtered'),
            t('scope.filtered', { count: props.filteredIds.length }),
          )}
      </fieldset>
      {flat && (
        <fieldset>
          <legend>{t('export.rows')}</legend>
          {radio('la-export-rows', 'card', mode === 'card', () => setMode('card'), t('rows.card'))}
          {radio('la-export-rows', 'contact', mode === 'contact', () => setMode('contact'), t('rows.contact'))}
        </fieldset>
      )}
      {flat && (
        <fieldset>
          <legend>{t('export.headers')}</legend>
          {radio('la-export-headers', 'en', headers === 'en', () => setHeaders('en'), t('headers.en'))}
          {radio('la-export-headers', 'zh', headers === 'zh', () => setHeaders('zh'), t('headers.zh'))}
        </fieldset>
      )}
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? t('export.busy') : t('export.go')}
      </Button>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'la-ok' : 'la-error'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
