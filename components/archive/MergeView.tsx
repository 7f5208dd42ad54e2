import { useState } from 'preact/hooks';
import type { Card } from '../../lib/card/schema';
import { send } from '../../lib/messaging';
import {
  buildMerged,
  defaultChoices,
  LIST_FIELDS,
  MERGE_FIELDS,
  type MergeField,
  type Side,
} from '../../lib/views/duplicates';
import { Button } from '../common/Button';
import { translator, type Lang } from '../../lib/i18n';
import { useLang, useT } from '../i18n';
import { fieldLabel } from './field-labels';
import { errorText } from './error-text';
import { archiveMessages } from './messages';

// Two cards side by side, one row per field: the user picks which card's value the merged card keeps (lists can
// keep both). The kept card stays, the other goes to the trash with its follow-ups moved; the merge can be undone.

function show(v: unknown, field: string, lang: Lang): string {
  if (v === undefined || v === null || v === '') return '—';
  const t = translator(archiveMessages, lang);
  // The customer type is stored as a code ('company', 'person'): show it as the table does.
  if (field === 'kind' && (v === 'company' || v === 'person')) return t(`kind.${v}`);
  if (Array.isArray(v)) {
    if (!v.length) return '—';
    return v
      .map((x) =>
        typeof x === 'string'
          ? x
          : x && typeof x === 'object'
            ? String(
                (x as { value?: string; name?: string; number?: string; raw?: string; city?: string; site?: string })
                  .value ??
                  (x as { name?: string }).name ??
                  (x as { number?: string }).number ??
                  (x as { raw?: string }).raw ??
                  (x as { city?: string }).city ??
                  (x as { site?: string }).site ??
                  JSON.stringify(x),
              )
            : String(x),
      )
      .join(', ');
  }
  if (typeof v === 'object') {
    const parts = Object.entries(v as Record<string, unknown>).filter(
      ([, x]) =>
        !(
          x === undefined ||
          x === '' ||
          (Array.isArray(x) && !x.length) ||
          (x && typeof x === 'object' && !Array.isArray(x) && !Object.keys(x).length)
        ),
    );
    return parts.length
      ? parts
          .map(
            ([k, x]) =>
              `${fieldLabel(`${field}.${k}`, lang)}${t('colon')}${typeof x === 'string' ? x : JSON.stringify(x)}`,
          )
          .join('; ')
      : '—';
  }
  return String(v);
}

export function MergeView(props: { left: Card; right: Card; onDone: () => void; onCancel: () => void }) {
  const t = useT(archiveMessages);
  const lang = useLang();
  const [flip, setFlip] = useState(false);
  const left = flip ? props.right : props.left;
  const right = flip ? props.left : props.right;
  const [choices, setChoices] = useState(() => defaultChoices(left, right));
  const [error, setError] = useState<string | null>(null);
  const [undoId, setUndoId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const merge = async () => {
    setError(null);
    try {
      const merged = buildMerged(left, right, choices);
      const r = await send('ui→bg:mergeCards', {
        keepId: left.id,
        otherId: right.id,
        merged,
        revs: { keep: left.rev, other: right.rev },
      });
      setUndoId(r.undoId);
      setStatus(t('merge.done'));
    } catch (e) {
      setError(errorText(t, e, { conflict: 'merge.conflict', 'not-found': 'merge.gone' }));
    }
  };

  const undo = async () => {
    if (!undoId) return;
    try {
      await send('ui→bg:undo', { undoId });
      setUndoId(null);
      setStatus(t('merge.undone'));
    } catch (e) {
      setError(errorText(t, e, { conflict: 'undo.conflict', 'not-found': 'undo.nothing' }));
    }
  };

  const radio = (f: MergeField, side: Side) => (
    <input
      type="radio"
      name={`merge-${f}`}
      aria-label={`${fieldLabel(f, lang)}${t('colon')}${t(side === 'left' ? 'merge.left' : side === 'right' ? 'merge.right' : 'merge.both')}`}
      checked={choices[f] === side}
      onChange={() => {
        setChoices({ ...choices, [f]: side });
      }}
      disabled={!!status}
    />
  );

  return (
    <div class="la-merge" data-testid="merge">
      <h2>{t('merge.title')}</h2>
      {error && (
        <p role="alert" class="la-error">
          {error}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th>{t('merge.field')}</th>
            <th>
              {t('merge.left')} · {left.number} ({t('merge.keep')})
            </th>
            <th>
              {t('merge.right')} · {right.number}{' '}
              <Button
                variant="link"
                disabled={!!status}
                onClick={() => {
                  setFlip(!flip);
                  setChoices(defaultChoices(right, left));
                }}
              >
                {t('merge.keep')}
              </Button>
            </th>
            <th>{t('merge.both')}</th>
          </tr>
        </thead>
        <tbody>
          {MERGE_FIELDS.map((f) => (
            <tr key={f}>
              <th scope="row">{fieldLabel(f, lang)}</th>
              <td>
                <label>
                  {radio(f, 'left')} {show(left[f], f, lang)}
                </label>
              </td>
              <td>
                <label>
                  {radio(f, 'right')} {show(right[f], f, lang)}
                </label>
              </td>
              <td>{LIST_FIELDS.has(f) && radio(f, 'both')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {status && <p role="status">{status}</p>}
      {!status && (
        <>
          <Button variant="primary" onClick={() => void merge()}>
            {t('merge.do')}
          </Button>
          <Button onClick={props.onCancel}>{t('merge.cancel')}</Button>
        </>
      )}
      {undoId && <Button onClick={() => void undo()}>{t('merge.undo')}</Button>}
      {status && <Button onClick={props.onDone}>{t('close')}</Button>}
    </div>
  );
}
