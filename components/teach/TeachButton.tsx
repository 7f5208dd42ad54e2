import { useState } from 'preact/hooks';
import type { ExtractResult } from '../../lib/extract/types';
import type { Req, RequestName, Res } from '../../lib/messages';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { teachMessages } from './messages';

type Send = <N extends RequestName>(name: N, payload: Req<N>) => Promise<Res<N>>;

/** True when a value of the capture came from a taught recipe. */
export const usedRecipe = (result: ExtractResult | undefined) =>
  !!result?.leads.some((l) => l.organization?.src === 'recipe' || l.phones.some((p) => p.src === 'recipe'));

/**
 * The popup's "Teach this site" button: opens the teaching overlay in the captured tab. Offered where no site
 * adapter recognised the page; says when the capture already used a recipe.
 */
export function TeachButton(props: { send: Send; tabId: () => Promise<number | undefined>; result?: ExtractResult }) {
  const t = useT(teachMessages);
  const [state, setState] = useState<{ kind: 'idle' | 'started' | 'failed'; message?: string }>({ kind: 'idle' });
  const start = async () => {
    try {
      const tabId = await props.tabId();
      if (tabId === undefined) throw new Error('no tab');
      await props.send('ui→bg:startTeach', { tabId });
      setState({ kind: 'started' });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div class="la-teach">
      {usedRecipe(props.result) && <p class="la-note">{t('recipeUsed')}</p>}
      <Button onClick={() => void start()}>{t('teachButton')}</Button>
      {state.kind !== 'idle' && (
        <p role="status">
          {state.kind === 'started' ? t('teachStarted') : t('teachFailed', { message: state.message ?? '' })}
        </p>
      )}
    </div>
  );
}
