import { useState } from 'preact/hooks';
import { send } from '../../lib/messaging';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { errorText } from './error-text';
import { archiveMessages } from './messages';
import { countKey } from './plural';

// Emptying the trash deletes for good, so it asks first, on the page (no browser dialog).
export function EmptyTrash(props: { count: number; onDone: () => void }) {
  const t = useT(archiveMessages);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (!props.count && !message) return null;
  const empty = async () => {
    try {
      const r = await send('ui→bg:emptyTrash', {});
      setMessage(t(countKey('emptyTrash.done', r.count), { n: r.count }));
      props.onDone();
    } catch (e) {
      setMessage(errorText(t, e));
    } finally {
      setAsking(false);
    }
  };
  return (
    <span class="la-empty-trash">
      {asking ? (
        <>
          <span role="alert">{t(countKey('emptyTrash.confirm', props.count), { n: props.count })}</span>
          <Button variant="danger" onClick={() => void empty()}>
            {t('emptyTrash')}
          </Button>
          <Button onClick={() => setAsking(false)}>{t('merge.cancel')}</Button>
        </>
      ) : (
        props.count > 0 && <Button onClick={() => setAsking(true)}>{t('emptyTrash')}</Button>
      )}
      {message && <span role="status">{message}</span>}
    </span>
  );
}
