import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { popupMessages } from './messages';

// The archive's "Today" list (due follow-ups, birthdays, reviews, quiet cards) folded at the foot of the popup.
// Its code loads after the popup has painted, so capturing is never slower for it.
export function TodayDrawer() {
  const t = useT(popupMessages);
  const [Today, setToday] = useState<FunctionComponent | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open || Today) return;
    void import('../archive/TodayForPopup').then((m) => setToday(() => m.TodayForPopup));
  }, [open]);
  return (
    <details class="la-today" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('today')}</summary>
      {open && Today && <Today />}
    </details>
  );
}
