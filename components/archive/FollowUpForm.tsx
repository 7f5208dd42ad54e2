import { useState } from 'preact/hooks';
import { FOLLOW_UP_METHODS, MILESTONES, type FollowUp } from '../../lib/card/schema';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { archiveMessages } from './messages';

// A new entry of the follow-up log (跟进记录): when, how, what was said, the customer's response, the next step
// and its date, and a milestone when one was reached.

type NewFollowUp = Omit<FollowUp, 'id' | 'cardId' | 'done'>;

function dayValue(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A yyyy-mm-dd input as local noon, so the day survives time-zone shifts. */
function fromDay(v: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12).getTime() : undefined;
}

/** `onAdd` answers false when the write failed: the form then keeps what the user typed. */
export function FollowUpForm(props: { onAdd: (f: NewFollowUp) => Promise<boolean> | boolean }) {
  const t = useT(archiveMessages);
  const [date, setDate] = useState(dayValue(Date.now()));
  const [method, setMethod] = useState<FollowUp['method']>('phone');
  const [summary, setSummary] = useState('');
  const [response, setResponse] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [nextDate, setNextDate] = useState('');
  const [milestone, setMilestone] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!summary.trim()) return;
    const f: NewFollowUp = { date: fromDay(date) ?? Date.now(), method, summary: summary.trim() };
    if (response.trim()) f.response = response.trim();
    if (nextStep.trim()) f.nextStep = nextStep.trim();
    const nd = fromDay(nextDate);
    if (nd) f.nextDate = nd;
    if (milestone) f.milestone = milestone as FollowUp['milestone'];
    setBusy(true);
    const ok = await props.onAdd(f);
    setBusy(false);
    if (!ok) return;
    setSummary('');
    setResponse('');
    setNextStep('');
    setNextDate('');
    setMilestone('');
  };

  return (
    <form class="la-fu-form" onSubmit={(e) => void submit(e)} aria-label={t('fu.add')}>
      <label>
        {t('fu.date')}
        <input type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t('fu.method')}
        <select value={method} onChange={(e) => setMethod((e.target as HTMLSelectElement).value as FollowUp['method'])}>
          {FOLLOW_UP_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`method.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('fu.summary')}
        <textarea value={summary} onInput={(e) => setSummary((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label>
        {t('fu.response')}
        <input value={response} onInput={(e) => setResponse((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t('fu.nextStep')}
        <input value={nextStep} onInput={(e) => setNextStep((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t('fu.nextDate')}
        <input type="date" value={nextDate} onInput={(e) => setNextDate((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t('fu.milestone')}
        <select value={milestone} onChange={(e) => setMilestone((e.target as HTMLSelectElement).value)}>
          <option value="">—</option>
          {MILESTONES.map((m) => (
            <option key={m} value={m}>
              {t(`milestone.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="primary" disabled={!summary.trim() || busy}>
        {t('fu.add')}
      </Button>
    </form>
  );
}
