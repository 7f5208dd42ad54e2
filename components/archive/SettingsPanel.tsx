import { GRADES } from '../../lib/card/schema';
import type { GradeKey } from '../../lib/reminders/rules';
import type { Prefs } from '../../lib/views/prefs';
import { useT } from '../i18n';
import { useClassLabels } from './labels';
import { archiveMessages } from './messages';

// Grade names, and the reminder rules per grade: days without contact, months between reviews (0 = off).
export function SettingsPanel(props: { prefs: Prefs; onPrefs: (p: Prefs) => void }) {
  const t = useT(archiveMessages);
  const labels = useClassLabels();
  const p = props.prefs;
  const keys: GradeKey[] = [...GRADES, 'none'];
  const num = (v: string) => Math.max(0, Math.min(3650, Math.floor(Number(v) || 0)));
  const setRule = (rule: 'noContactDays' | 'reviewMonths', g: GradeKey, v: string) =>
    props.onPrefs({ ...p, reminders: { ...p.reminders, [rule]: { ...p.reminders[rule], [g]: num(v) } } });
  return (
    <div class="la-settings">
      <fieldset>
        <legend>{t('settings.gradeNames')}</legend>
        {GRADES.map((g) => (
          <label key={g}>
            {g}
            <input
              value={p.gradeLabels[g] ?? ''}
              placeholder={labels.grade(g)}
              onChange={(e) =>
                props.onPrefs({
                  ...p,
                  gradeLabels: { ...p.gradeLabels, [g]: (e.target as HTMLInputElement).value.trim() },
                })
              }
            />
          </label>
        ))}
      </fieldset>
      <table>
        <thead>
          <tr>
            <th>{t('col.grade')}</th>
            <th>{t('settings.noContactDays')}</th>
            <th>{t('settings.reviewMonths')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((g) => (
            <tr key={g}>
              <th scope="row">{g === 'none' ? t('noGrade') : labels.grade(g)}</th>
              <td>
                <input
                  type="number"
                  min={0}
                  aria-label={t('settings.noContactDaysFor', { grade: g })}
                  value={p.reminders.noContactDays[g]}
                  onChange={(e) => setRule('noContactDays', g, (e.target as HTMLInputElement).value)}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  aria-label={t('settings.reviewMonthsFor', { grade: g })}
                  value={p.reminders.reviewMonths[g]}
                  onChange={(e) => setRule('reviewMonths', g, (e.target as HTMLInputElement).value)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        <input
          type="checkbox"
          checked={p.reminders.notify}
          onChange={(e) =>
            props.onPrefs({ ...p, reminders: { ...p.reminders, notify: (e.target as HTMLInputElement).checked } })
          }
        />
        {t('settings.notify')}
      </label>
    </div>
  );
}
