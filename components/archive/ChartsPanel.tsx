import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../lib/db';
import { overview, type Overview } from '../../lib/stats/counts';
import { useT } from '../i18n';
import { BarChart } from './BarChart';
import { useClassLabels } from './labels';
import { readErrorText } from './error-text';
import { archiveMessages } from './messages';
import { countKey } from './plural';

// The archive at a glance: cards by grade, stage, source site, region and month captured; follow-ups per week;
// overdue follow-ups.
export function ChartsPanel() {
  const t = useT(archiveMessages);
  const labels = useClassLabels();
  const [data, setData] = useState<Overview | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void overview(getDb()).then(
      (o) => live && setData(o),
      (e: unknown) => live && setFailed(readErrorText(t, e)),
    );
    return () => {
      live = false;
    };
  }, []);
  if (failed)
    return (
      <p role="alert" class="la-error">
        {failed}
      </p>
    );
  if (!data) return <p>{t('loading')}</p>;
  if (!data.total)
    return (
      <p class="la-empty" data-testid="charts">
        {t('charts.empty')}
      </p>
    );
  const none = t('charts.none');
  return (
    <div class="la-charts" data-testid="charts">
      <p>
        {t(countKey('count', data.total), { n: data.total.toLocaleString() })} ·{' '}
        <strong>{t('charts.overdue', { n: data.overdue })}</strong>
      </p>
      <BarChart title={t('charts.grade')} bars={data.grade} label={(k) => (k === '-' ? none : labels.grade(k))} />
      <BarChart title={t('charts.stage')} bars={data.stage} label={(k) => (k === '-' ? none : labels.stage(k))} />
      <BarChart title={t('charts.site')} bars={data.site} />
      <BarChart
        title={t('charts.region')}
        bars={data.region}
        label={(k) => (/^[a-z]{2}$/.test(k) ? k.toUpperCase() : k)}
      />
      <BarChart title={t('charts.month')} bars={data.month} />
      <BarChart title={t('charts.followUps')} bars={data.followUpsPerWeek} />
      {data.overdue ? (
        <BarChart
          title={t('charts.overdueAge')}
          bars={data.overdueByAge}
          label={(k) => t(`overdue.${k as 'week' | 'month' | 'quarter' | 'older'}`)}
        />
      ) : (
        <p>{t('charts.overdueNone')}</p>
      )}
    </div>
  );
}
