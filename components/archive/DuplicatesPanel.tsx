import { useState } from 'preact/hooks';
import type { Card } from '../../lib/card/schema';
import { getDb } from '../../lib/db';
import { findDuplicates, type DuplicateGroup } from '../../lib/views/duplicates';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { MergeView } from './MergeView';
import { readErrorText } from './error-text';
import { archiveMessages } from './messages';
import { countKey } from './plural';

// Likely duplicates, each group with the key its cards share; two of them can be compared and merged.

export function DuplicatesPanel(props: { onOpen: (id: string) => void; onChanged: () => void }) {
  const t = useT(archiveMessages);
  const [groups, setGroups] = useState<DuplicateGroup[] | null>(null);
  const [cards, setCards] = useState<Map<string, Card>>(new Map());
  const [busy, setBusy] = useState(false);
  const [pair, setPair] = useState<[Card, Card] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const find = async () => {
    setBusy(true);
    setFailed(null);
    try {
      const found = await findDuplicates(getDb());
      const ids = [...new Set(found.slice(0, 100).flatMap((g) => g.ids))];
      const list = (await getDb().cards.bulkGet(ids)).filter(Boolean) as Card[];
      setCards(new Map(list.map((c) => [c.id, c])));
      setGroups(found);
    } catch (e) {
      setFailed(readErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const keyLabel = (key: string) => {
    const kind = key.split(':')[0] as 'tel' | 'email' | 'im' | 'pid' | 'name';
    const value = key.slice(kind.length + 1);
    return `${t('dup.by', { key: t(`dup.key.${kind}`) })}${t('colon')}${value}`;
  };

  if (pair)
    return (
      <MergeView
        left={pair[0]}
        right={pair[1]}
        onDone={() => {
          setPair(null);
          props.onChanged();
          void find();
        }}
        onCancel={() => setPair(null)}
      />
    );

  return (
    <div class="la-dups" data-testid="duplicates">
      <h2>{t('dup.title')}</h2>
      <Button disabled={busy} onClick={() => void find()}>
        {busy ? t('loading') : t('dup.find')}
      </Button>
      {failed && (
        <p role="alert" class="la-error">
          {failed}
        </p>
      )}
      {groups &&
        (groups.length ? (
          <p>{t(countKey('dup.found', groups.length), { n: groups.length })}</p>
        ) : (
          <p>{t('dup.none')}</p>
        ))}
      <ul>
        {groups?.slice(0, 100).map((g) => {
          const members = g.ids.map((id) => cards.get(id)).filter(Boolean) as Card[];
          return (
            <li key={g.key}>
              <span>{keyLabel(g.key)}</span>
              <ul>
                {members.map((c) => (
                  <li key={c.id}>
                    <a
                      href={`#card=${encodeURIComponent(c.id)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        props.onOpen(c.id);
                      }}
                    >
                      {c.name || t('noName')}
                    </a>{' '}
                    {c.number}
                  </li>
                ))}
              </ul>
              {members.length === 2 && (
                <Button onClick={() => setPair([members[0], members[1]])}>{t('dup.merge')}</Button>
              )}
              {/* Three or more: the first with any one of the others, two at a time. */}
              {members.length > 2 &&
                members.slice(1).map((c) => (
                  <Button key={c.id} onClick={() => setPair([members[0], c])}>
                    {t('dup.mergePair', { a: members[0].number, b: c.number })}
                  </Button>
                ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
