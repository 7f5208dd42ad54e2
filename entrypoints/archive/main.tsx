import { render } from 'preact';
import { ArchiveApp } from '../../components/archive/ArchiveApp';
import { LangContext } from '../../components/i18n';
import { currentLang } from '../../lib/i18n';
import './archive.css';

document.documentElement.lang = currentLang() === 'zh' ? 'zh-CN' : 'en';
render(
  <LangContext.Provider value={currentLang()}>
    <ArchiveApp />
  </LangContext.Provider>,
  document.getElementById('app')!,
);
