import { COLUMNS, type Column } from '../../lib/views/sort';
import type { Prefs } from '../../lib/views/prefs';
import { useT } from '../i18n';
import { archiveMessages } from './messages';

// Which columns the table shows, in the order of the list; at least one stays.
export function ColumnsPanel(props: { prefs: Prefs; onPrefs: (p: Prefs) => void }) {
  const t = useT(archiveMessages);
  const cols = props.prefs.columns;
  const set = (col: Column, on: boolean) => {
    const next = on ? COLUMNS.filter((c) => c === col || cols.includes(c)) : cols.filter((c) => c !== col);
    if (next.length) props.onPrefs({ ...props.prefs, columns: next });
  };
  return (
    <fieldset class="la-columns">
      <legend>{t('tool.columns')}</legend>
      {COLUMNS.map((c) => (
        <label key={c}>
          <input
            type="checkbox"
            checked={cols.includes(c)}
            disabled={cols.length === 1 && cols.includes(c)}
            onChange={(e) => set(c, (e.target as HTMLInputElement).checked)}
          />
          {t(`col.${c}`)}
        </label>
      ))}
    </fieldset>
  );
}
