import type { ComponentChildren } from 'preact';
import type { BackupReminder as BackupReminderT } from '../transfer/BackupReminder';
import { useEffect, useState } from 'preact/hooks';
import type { Filter } from '../../lib/views/filter';
import type { Prefs } from '../../lib/views/prefs';
import { useT } from '../i18n';
import { BulkBar } from './BulkBar';
import { ColumnsPanel } from './ColumnsPanel';
import { FilterPanel } from './FilterPanel';
import { archiveMessages } from './messages';

// The tools around the table: one drawer open at a time, and the bulk bar whenever cards are selected.

const TOOLS = ['filters', 'columns', 'today', 'duplicates', 'charts', 'transfer', 'settings'] as const;
type Tool = (typeof TOOLS)[number];

// The bigger drawers (and what they bring: the export formats, the charts) load when first opened, so the page's
// first rows do not wait for code the user may not touch.
const loaders = {
  today: () => import('./TodayPanel').then((m) => m.TodayPanel),
  duplicates: () => import('./DuplicatesPanel').then((m) => m.DuplicatesPanel),
  charts: () => import('./ChartsPanel').then((m) => m.ChartsPanel),
  transfer: () => import('../transfer/TransferPanel').then((m) => m.TransferPanel),
  settings: () => import('./SettingsPanel').then((m) => m.SettingsPanel),
  recipes: () => import('../recipes/RecipeList').then((m) => m.RecipeList),
};
type Lazy = { [K in keyof typeof loaders]?: Awaited<ReturnType<(typeof loaders)[K]>> };
const NEEDS: Partial<Record<Tool, (keyof typeof loaders)[]>> = {
  today: ['today'],
  duplicates: ['duplicates'],
  charts: ['charts'],
  transfer: ['transfer'],
  settings: ['settings', 'recipes'],
};

export interface WorkspaceProps {
  prefs: Prefs;
  onPrefs: (p: Prefs) => void;
  text: string;
  onText: (t: string) => void;
  filter: Filter;
  onFilter: (f: Filter) => void;
  trash: boolean;
  ids: string[];
  selected: Set<string>;
  onSelected: (s: Set<string>) => void;
  onOpen: (id: string) => void;
  onChanged: () => void;
  /** Bumped after every write (ArchiveApp's refresh). */
  version?: number;
  children: ComponentChildren;
}

export function Workspace(props: WorkspaceProps) {
  const t = useT(archiveMessages);
  const [tool, setTool] = useState<Tool | null>(null);
  const [lazy, setLazy] = useState<Lazy>({});
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [transferTab, setTransferTab] = useState<'backup' | undefined>();
  // The backup reminder loads after the first rows are painted: it is one line, and the page's start waits for none
  // of the transfer code.
  const [Reminder, setReminder] = useState<typeof BackupReminderT | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      import('../transfer/BackupReminder').then(
        (m) => setReminder(() => m.BackupReminder),
        () => undefined,
      );
    }, 0);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    const missing = (tool && NEEDS[tool]?.filter((k) => !lazy[k])) || [];
    setFailed(false);
    if (!missing.length) return;
    void Promise.all(missing.map(async (k) => [k, await loaders[k]()] as const)).then(
      (loaded) => setLazy((cur) => ({ ...cur, ...Object.fromEntries(loaded) })),
      () => setFailed(true),
    );
  }, [tool, attempt]);
  const drawer = () => {
    if (tool && NEEDS[tool]?.some((k) => !lazy[k])) {
      if (!failed) return <p role="status">{t('loading')}</p>;
      return (
        <p role="alert">
          {t('tool.failed')}{' '}
          <button type="button" class="la-btn la-btn-secondary" onClick={() => setAttempt((n) => n + 1)}>
            {t('tool.retry')}
          </button>
        </p>
      );
    }
    // Every module this tool needs is loaded (checked just above).
    const {
      today: TodayPanel,
      duplicates: DuplicatesPanel,
      charts: ChartsPanel,
      transfer: TransferPanel,
      settings: SettingsPanel,
      recipes: RecipeList,
    } = lazy as Required<Lazy>;
    switch (tool) {
      case 'filters':
        return <FilterPanel {...props} />;
      case 'columns':
        return <ColumnsPanel prefs={props.prefs} onPrefs={props.onPrefs} />;
      case 'today':
        return <TodayPanel prefs={props.prefs} onOpen={props.onOpen} version={props.version} />;
      case 'duplicates':
        return <DuplicatesPanel onOpen={props.onOpen} onChanged={props.onChanged} />;
      case 'charts':
        return <ChartsPanel />;
      case 'transfer':
        return (
          <TransferPanel
            key={transferTab ?? 'tools'}
            selectedIds={[...props.selected]}
            filteredIds={props.trash ? undefined : props.ids}
            cardCount={props.ids.length}
            onImported={props.onChanged}
            initialTab={transferTab}
          />
        );
      case 'settings':
        return [<SettingsPanel key="s" prefs={props.prefs} onPrefs={props.onPrefs} />, <RecipeList key="r" />];
      default:
        return null;
    }
  };
  return (
    <div class="la-workspace">
      {Reminder && !props.trash && (
        <Reminder
          cardCount={props.ids.length}
          onBackup={() => {
            setTransferTab('backup');
            setTool('transfer');
          }}
        />
      )}
      <nav class="la-tools" aria-label={t('tools')}>
        {TOOLS.map((k) => (
          <button
            key={k}
            type="button"
            class="la-btn la-btn-secondary"
            aria-expanded={tool === k}
            onClick={() => {
              setTransferTab(undefined);
              setTool(tool === k ? null : k);
            }}
          >
            {t(`tool.${k}`)}
          </button>
        ))}
      </nav>
      {tool && (
        <section class="la-drawer" aria-label={t(`tool.${tool}`)}>
          {drawer()}
        </section>
      )}
      <BulkBar
        ids={props.ids}
        selected={props.selected}
        trash={props.trash}
        onSelected={props.onSelected}
        onChanged={props.onChanged}
        version={props.version}
      />
      {props.children}
    </div>
  );
}
