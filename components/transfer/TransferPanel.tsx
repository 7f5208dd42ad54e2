import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { BackupPanel } from './BackupPanel';
import { ExportMenu } from './ExportMenu';
import { ImportWizard } from './ImportWizard';
import { transferMessages } from './messages';

// Export, import and backup in one panel for the archive page. The page passes the selection (and, if it has
// one, the ids of the current filtered list) and is told when an import changed the archive.

export interface TransferPanelProps {
  selectedIds?: string[];
  filteredIds?: string[];
  cardCount?: number;
  onImported?: () => void;
  /** The tab shown first: the page's backup reminder opens the panel on 'backup'. */
  initialTab?: TransferTab;
}

const TABS = ['export', 'import', 'backup'] as const;
export type TransferTab = (typeof TABS)[number];

export function TransferPanel(props: TransferPanelProps) {
  const t = useT(transferMessages);
  const [tab, setTab] = useState<TransferTab>(props.initialTab ?? 'export');
  return (
    <section class="la-transfer" aria-label={t('title')}>
      <h2>{t('title')}</h2>
      <div role="tablist">
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            class="la-btn la-btn-secondary"
            onClick={() => setTab(k)}
          >
            {t(`tab.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'export' && <ExportMenu selectedIds={props.selectedIds} filteredIds={props.filteredIds} />}
        {tab === 'import' && <ImportWizard onImported={props.onImported} />}
        {tab === 'backup' && <BackupPanel cardCount={props.cardCount} />}
      </div>
    </section>
  );
}
