import { render } from 'preact';
import { ArchiveApp } from '../../components/archive/ArchiveApp';
import { LangContext } from '../../components/i18n';
import { currentLang } from '../../lib/i18n';
// The shared look (.la-btn, form rows) from the first paint, not only once the card panel's editor loads; the
// archive's own rules come after it and win where both style the same thing.
import '../../components/common/common.css';
import './archive.css';

document.documentElement.lang = currentLang() === 'zh' ? 'zh-CN' : 'en';
render(
  <LangContext.Provider value={currentLang()}>
    <ArchiveApp />
  </LangContext.Provider>,
  document.getElementById('app')!,
);
