import type { CardSummary } from '../../lib/messages';
import { Button } from '../common/Button';
import { useLang, useT } from '../i18n';
import type { Failure } from './flow';
import { describeMatchKeys, namesDiffer } from './match-note';
import { popupMessages, type PopupKey } from './messages';

export type SaveMode = 'auto' | 'new' | 'merge';

/**
 * The foot of the editor: why Save is disabled, the archive's matching cards (update one or save as new), a
 * failed save's message with Retry. When the chosen match's name clearly differs from the captured name, "Save as
 * new" is the primary button and a note says so: a shared phone or QQ alone must not merge two companies.
 */
export function SaveBar(props: {
  /** The name in the editor, compared with the chosen match's name. */
  draftName?: string;
  invalidReason?: string;
  matches: CardSummary[] | null;
  mergeInto?: string;
  onMergeInto: (id: string) => void;
  saving: boolean;
  failure: (Failure & { mode: SaveMode }) | null;
  onSave: (mode: SaveMode) => void;
}) {
  const t = useT(popupMessages);
  const lang = useLang();
  const { matches, invalidReason, saving } = props;
  const chosen = matches?.find((m) => m.id === props.mergeInto) ?? matches?.[0];
  const differ = !!chosen && namesDiffer(props.draftName ?? '', chosen.name);
  const blocked = !!invalidReason || saving;
  const reasonId = 'la-save-reason';
  const describedBy = invalidReason ? { 'aria-describedby': reasonId } : {};
  return (
    <div class="la-savebar">
      {matches && matches.length > 0 && (
        <div class="la-match" role="status">
          {matches.length === 1 ? (
            <p>
              {t('matchOne', { number: matches[0].number, name: matches[0].name })}
              {matches[0].matchedKeys?.length > 0 && (
                <span class="la-muted"> {describeMatchKeys(matches[0].matchedKeys, lang)}</span>
              )}
            </p>
          ) : (
            <fieldset>
              <legend>{t('matchMany', { count: matches.length })}</legend>
              {matches.map((m) => (
                <div class="la-check" key={m.id}>
                  <input
                    type="radio"
                    name="la-merge-into"
                    id={`la-match-${m.id}`}
                    checked={(props.mergeInto ?? matches[0].id) === m.id}
                    onChange={() => props.onMergeInto(m.id)}
                  />
                  <label for={`la-match-${m.id}`}>
                    {m.number} {m.name}
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          {differ && (
            <p class="la-warning">
              {t('namesDiffer', { captured: props.draftName?.trim() ?? '', matched: chosen.name })}
            </p>
          )}
        </div>
      )}
      {invalidReason && (
        <p id={reasonId} class="la-error">
          {t('invalidReason', { reason: invalidReason })}
        </p>
      )}
      {props.failure && (
        <div class="la-error" role="alert">
          <p>{t(`err.${props.failure.code}` as PopupKey, { detail: props.failure.detail })}</p>
          <Button onClick={() => props.onSave(props.failure!.mode)} disabled={blocked}>
            {t('retry')}
          </Button>
        </div>
      )}
      <div class="la-actions">
        {matches && matches.length > 0 ? (
          <>
            {differ && (
              <Button variant="primary" disabled={blocked} onClick={() => props.onSave('new')} {...describedBy}>
                {t('saveAsNew')}
              </Button>
            )}
            <Button
              variant={differ ? 'secondary' : 'primary'}
              disabled={blocked}
              onClick={() => props.onSave('merge')}
              {...describedBy}
            >
              {t('updateThat')}
            </Button>
            {!differ && (
              <Button disabled={blocked} onClick={() => props.onSave('new')} {...describedBy}>
                {t('saveAsNew')}
              </Button>
            )}
          </>
        ) : (
          <Button variant="primary" disabled={blocked} onClick={() => props.onSave('auto')} {...describedBy}>
            {t('save')}
          </Button>
        )}
        {saving && <span role="status">{t('saving')}</span>}
      </div>
    </div>
  );
}
