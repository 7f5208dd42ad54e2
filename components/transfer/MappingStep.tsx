import { useMemo } from 'preact/hooks';
import { useLang, useT } from '../i18n';
import { COLUMNS } from '../../lib/transfer/columns';
import type { Sheet } from '../../lib/transfer/csv';
import { applyMapping, NAME_PARTS, PHONE_PARTS, type Target } from '../../lib/transfer/mapping';
import { validateCandidates } from '../../lib/transfer/records';
import { transferMessages } from './messages';

// The column-mapping step: one select per column of the file (pre-filled by the guess from its heading), and a
// live preview of the first cards as they would be read. Cell text is shown as text, never as markup.

const PREVIEW_ROWS = 5;

export function MappingStep(props: { sheet: Sheet; mapping: Target[]; onMapping: (m: Target[]) => void }) {
  const t = useT(transferMessages);
  const lang = useLang();
  const { sheet, mapping } = props;
  const options = useMemo(
    () => [
      ...COLUMNS.map((c) => ({ id: c.id, label: c[lang] })),
      { id: NAME_PARTS[0], label: t('field.firstName') },
      { id: NAME_PARTS[1], label: t('field.lastName') },
      { id: PHONE_PARTS[0], label: t('field.phoneCallingCode') },
      { id: PHONE_PARTS[1], label: t('field.phoneCountry') },
    ],
    [lang, t],
  );
  const preview = useMemo(
    () =>
      validateCandidates(
        applyMapping({ header: sheet.header, rows: sheet.rows.slice(0, PREVIEW_ROWS * 3) }, mapping),
      ).cards.slice(0, PREVIEW_ROWS),
    [sheet, mapping],
  );
  const set = (col: number, target: Target) =>
    props.onMapping(mapping.map((m, i) => (i === col ? target : m === target && target ? '' : m)));
  const clip = (s: string) => (s.length > 60 ? s.slice(0, 60) + '…' : s);

  return (
    <div class="la-import-mapping">
      <h3>{t('mapping.title')}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('mapping.column')}</th>
            <th>{t('mapping.field')}</th>
            <th>{t('mapping.sample')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.header.map((h, i) => (
            <tr key={i}>
              <td>{clip(h)}</td>
              <td>
                <select
                  aria-label={`${t('mapping.field')}: ${clip(h)}`}
                  value={mapping[i] ?? ''}
                  onChange={(e) => set(i, (e.target as HTMLSelectElement).value)}
                >
                  <option value="">{t('mapping.skip')}</option>
                  {options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>{clip(sheet.rows.find((r) => r[i])?.[i] ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('preview.title', { count: preview.length })}</h3>
      <table class="la-import-preview">
        <thead>
          <tr>
            <th>{t('preview.name')}</th>
            <th>{t('preview.contact')}</th>
            <th>{t('preview.phones')}</th>
            <th>{t('preview.emails')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.map(({ row, card }) => (
            <tr key={row}>
              <td>{clip(card.name)}</td>
              <td>{clip(card.contacts.map((c) => c.name).join(', '))}</td>
              <td>
                {clip([...card.phones, ...card.contacts.flatMap((c) => c.phones)].map((p) => p.value).join(', '))}
              </td>
              <td>
                {clip([...card.emails, ...card.contacts.flatMap((c) => c.emails)].map((p) => p.value).join(', '))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
