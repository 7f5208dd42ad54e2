import type { CardDraft } from '../../lib/messages';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { leadLabel } from './flow';
import { popupMessages } from './messages';

/** Several leads on one page (a list, a directory): one button per lead. */
export function LeadChooser(props: { drafts: CardDraft[]; onChoose: (index: number) => void }) {
  const t = useT(popupMessages);
  return (
    <section class="la-chooser">
      <p>{t('chooseLead', { count: props.drafts.length })}</p>
      <ul>
        {props.drafts.map((d, i) => {
          const name = leadLabel(d) || t('unnamed');
          const detail = [d.phones[0]?.value, d.emails[0]?.value].filter(Boolean).join(' · ');
          return (
            <li key={i}>
              <Button onClick={() => props.onChoose(i)}>{t('chooseThis', { n: i + 1, name })}</Button>
              {detail && <span class="la-muted"> {detail}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
