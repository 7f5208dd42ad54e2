import { useEffect, useState } from 'preact/hooks';
import type { ExtractResult } from '../../lib/extract/types';
import type { Req, RequestName, Res } from '../../lib/messages';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { checkAll, queueFromResult } from '../list-queue/queue';
import { badgeMessages } from './messages';

type Send = <N extends RequestName>(name: N, payload: Req<N>) => Promise<Res<N>>;

/** The browser's optional host permissions, as the popup reaches them (a fake in tests). */
export interface HostPermissions {
  contains(origins: string[]): Promise<boolean>;
  request(origins: string[]): Promise<boolean>;
}

/**
 * Badges on the list page for the items already in the archive. Where the site's host permission is granted the
 * page is marked at once (and again after each save); elsewhere a button asks for it, on the user's click.
 */
export function PageBadges(props: {
  result: ExtractResult;
  send: Send;
  tabId: () => Promise<number | undefined>;
  permissions: HostPermissions;
  /** Changes after the queue saved items: the page is marked again. */
  version: number;
}) {
  const t = useT(badgeMessages);
  const [granted, setGranted] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  let origins: string[] = [];
  try {
    origins = [`${new URL(props.result.url).origin}/*`];
  } catch {
    origins = [];
  }

  const mark = async () => {
    try {
      // One request for the whole list (as the queue asks), not one per item.
      const items = queueFromResult(props.result);
      const names: string[] = [];
      await checkAll(props.send, items, (answers) => {
        for (const a of answers) if (a.status !== 'new' && items[a.index].name) names.push(items[a.index].name);
      });
      const tabId = await props.tabId();
      if (tabId === undefined) return;
      const { marked } = await props.send('ui→bg:showBadges', { tabId, names, label: t('badge') });
      setStatus(t('marked', { count: marked }));
    } catch (e) {
      setStatus(t('failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  useEffect(() => {
    if (!origins.length) return;
    props.permissions.contains(origins).then(setGranted, () => setGranted(false));
  }, [props.result.url]);
  useEffect(() => {
    if (granted) void mark();
  }, [granted, props.version]);

  const ask = async () => {
    const ok = await props.permissions.request(origins).catch(() => false);
    if (ok) setGranted(true);
    else setStatus(t('denied'));
  };

  if (!origins.length) return null;
  return (
    <div class="la-badges">
      {granted === false && <Button onClick={() => void ask()}>{t('mark')}</Button>}
      {status && <p role="status">{status}</p>}
    </div>
  );
}
