import { useState } from 'preact/hooks';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import type { ImportReport } from '../../lib/archive/transfer';
import { commit as runCommit, dryRun as runDryRun } from '../../lib/transfer/import-client';
import { loadFile, prepare, type Loaded, type Prepared } from '../../lib/transfer/pipeline';
import type { Target } from '../../lib/transfer/mapping';
import { errorText } from './helpers';
import { ImportReportView } from './ImportReportView';
import { MappingStep } from './MappingStep';
import { transferMessages, type TransferKey } from './messages';

// The import wizard: file → format detection → (backup: passphrase; CSV/XLSX: column mapping and preview) →
// dry run against the archive (nothing written) → confirm → one all-or-nothing write by the background.
// A failure at any step keeps what the user has done so far and says what went wrong.

type Step = 'pick' | 'passphrase' | 'mapping' | 'report' | 'done';

export function ImportWizard(props: { onImported?: () => void }) {
  const t = useT(transferMessages);
  const [step, setStep] = useState<Step>('pick');
  const [busy, setBusy] = useState<TransferKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<Target[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<{ created: number; updated: number; skipped: number } | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const guard = async (key: TransferKey, fn: () => Promise<void>) => {
    setBusy(key);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(null);
    }
  };

  const reset = () => {
    setStep('pick');
    setLoaded(null);
    setPrepared(null);
    setReport(null);
    setResult(null);
    setError(null);
    setPassphrase('');
    setInputKey((k) => k + 1);
  };

  const dryRun = async (p: Prepared) => {
    setPrepared(p);
    setReport(await runDryRun(p));
    setStep('report');
  };

  const onFile = (file: File | undefined) =>
    file &&
    guard('import.reading', async () => {
      reset();
      const l = await loadFile(file, file.name);
      setLoaded(l);
      if (l.format === 'backup') setStep('passphrase');
      else if (l.format === 'csv' || l.format === 'xlsx') {
        setMapping(l.mapping);
        setStep('mapping');
      } else await dryRun(await prepare(l));
    });

  const commit = () =>
    guard('import.writing', async () => {
      if (!prepared) return;
      const res = await runCommit(prepared);
      setResult(res);
      setStep('done');
      props.onImported?.();
    });

  const writable = report ? report.created + report.updated : 0;
  return (
    <div class="la-transfer-import">
      {step !== 'done' && (
        <label>
          {t('import.file')}{' '}
          <input
            key={inputKey}
            type="file"
            accept=".json,.csv,.txt,.xlsx,.vcf,.vcard,.leadbackup,application/json,text/csv,text/vcard"
            onChange={(e) => onFile((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
      )}
      {loaded && step !== 'done' && (
        <p>{t('import.detected', { format: t(`detected.${loaded.format}` as TransferKey) })}</p>
      )}
      {step === 'passphrase' && loaded && (
        <form
          onSubmit={(e) => (
            e.preventDefault(),
            guard('import.checking', async () => dryRun(await prepare(loaded, { passphrase })))
          )}
        >
          <label>
            {t('import.passphrase')}{' '}
            <input
              type="password"
              autocomplete="current-password"
              value={passphrase}
              onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
            />
          </label>
          <Button type="submit" variant="primary" disabled={!!busy || !passphrase}>
            {t('import.unlock')}
          </Button>
        </form>
      )}
      {step === 'mapping' && loaded && (loaded.format === 'csv' || loaded.format === 'xlsx') && (
        <>
          <MappingStep sheet={loaded.sheet} mapping={mapping} onMapping={setMapping} />
          <Button
            variant="primary"
            disabled={!!busy}
            onClick={() => guard('import.checking', async () => dryRun(await prepare(loaded, { mapping })))}
          >
            {t('import.check')}
          </Button>
        </>
      )}
      {step === 'report' && report && (
        <>
          <ImportReportView report={report} />
          {writable ? (
            <Button variant="primary" disabled={!!busy} onClick={commit}>
              {t(writable === 1 ? 'import.confirm.one' : 'import.confirm', { count: writable })}
            </Button>
          ) : (
            <p role="status">{t('import.nothing')}</p>
          )}
          {loaded && (loaded.format === 'csv' || loaded.format === 'xlsx') && (
            <Button disabled={!!busy} onClick={() => setStep('mapping')}>
              {t('mapping.title')}
            </Button>
          )}
          <Button disabled={!!busy} onClick={reset}>
            {t('cancel')}
          </Button>
        </>
      )}
      {step === 'done' && result && (
        <>
          <p role="status" class="la-ok">
            {t('import.done', result)}
          </p>
          <Button onClick={reset}>{t('import.again')}</Button>
        </>
      )}
      {busy && <p role="status">{t(busy)}</p>}
      {error && (
        <p role="alert" class="la-error">
          {step === 'report' && busy === null && result === null && prepared
            ? t('import.failed', { detail: error })
            : error}
        </p>
      )}
    </div>
  );
}
