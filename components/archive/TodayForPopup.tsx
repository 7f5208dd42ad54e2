import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadPrefs, type Prefs } from '../../lib/views/prefs';
import { TodayPanel } from './TodayPanel';

// The "Today" list for the popup: the same list as the archive's, with the user's reminder settings; a card opens
// in the archive tab (#card=ID). Mount it anywhere in the popup: <TodayForPopup />.
export function TodayForPopup() {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  useEffect(() => {
    void loadPrefs().then(setPrefs);
  }, []);
  if (!prefs) return null;
  return (
    <TodayPanel
      prefs={prefs}
      onOpen={(id) =>
        void browser.tabs.create({ url: browser.runtime.getURL(`/archive.html#card=${encodeURIComponent(id)}`) })
      }
    />
  );
}
