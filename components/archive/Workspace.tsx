import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Filter } from '../../lib/views/filter';
import type { Prefs } from '../../lib/views/prefs';
import { useT } from '../i18n';
import { BulkBar } from './BulkBar';
import { ChartsPanel } from './ChartsPanel';
import { ColumnsPanel } from './ColumnsPanel';
import { DuplicatesPanel } from './DuplicatesPanel';
import { FilterPanel } from './FilterPanel';
import { archiveMessages } from './messages';
import { SettingsPanel } from './SettingsPanel';
import { TodayPanel } from './TodayPanel';
import { TransferPanel } from '../transfer/TransferPanel';
import { RecipeList } from '../recipes/RecipeList';

// The tools around the table: one drawer open at a time, and the bulk bar whenever cards are selected.

const TOOLS = ['filters', 'columns', 'today', 'duplicates', 'charts', 'transfer', 'settings'] as const;
type Tool = (typeof TOOLS)[number];

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
  children: ComponentChildren;
}

export function Workspace(props: WorkspaceProps) {
  const t = useT(archiveMessages);
  const [tool, setTool] = useState<Tool | null>(null);
  const drawer = () => {
    switch (tool) {
      case 'filters':
        return <FilterPanel {...props} />;
      case 'columns':
        return <ColumnsPanel prefs={props.prefs} onPrefs={props.onPrefs} />;
      case 'today':
        return <TodayPanel prefs={props.prefs} onOpen={props.onOpen} />;
      case 'duplicates':
        return <DuplicatesPanel onOpen={props.onOpen} onChanged={props.onChanged} />;
      case 'charts':
        return <ChartsPanel />;
      case 'transfer':
        return (
          <TransferPanel
            selectedIds={[...props.selected]}
            filteredIds={props.trash ? undefined : props.ids}
            cardCount={props.ids.length}
            onImported={props.onChanged}
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
      <nav class="la-tools" aria-label={t('tools')}>
        {TOOLS.map((k) => (
          <button
            key={k}
            type="button"
            class="la-btn la-btn-secondary"
            aria-expanded={tool === k}
            onClick={() => setTool(tool === k ? null : k)}
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
      />
      {props.children}
    </div>
  );
}
