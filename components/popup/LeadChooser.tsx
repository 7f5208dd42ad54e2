import { Button } from '../common/Button';
import { useT } from '../i18n';
import { leadLabel, type Lead } from './flow';
import { popupMessages } from './messages';

/** Several leads on one page (a list, a directory): one button per lead. */
export function LeadChooser(props: { leads: Lead[]; onChoose: (lead: Lead) => void }) {
  const t = useT(popupMessages);
  return (
    <section class="la-chooser">
      <p>{t('chooseLead', { count: props.leads.length })}</p>
      <ul>
        {props.leads.map((lead, i) => {
          const d = lead.draft;
          const name = leadLabel(d) || t('unnamed');
          const detail = [d.phones[0]?.value, d.emails[0]?.value].filter(Boolean).join(' · ');
          return (
            <li key={i}>
              <Button onClick={() => props.onChoose(lead)}>{t('chooseThis', { n: i + 1, name })}</Button>
              {detail && <span class="la-muted"> {detail}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
