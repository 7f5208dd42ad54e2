import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { currentLang, translator, type Lang, type Messages, type Translate } from '../lib/i18n';

// Components read their language from this context so a page (or a test) can pick it once; without a provider
// they follow the browser's UI language.
export const LangContext = createContext<Lang | null>(null);

export function useLang(): Lang {
  return useContext(LangContext) ?? currentLang();
}

/** The translator for a feature's messages in the current language. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const lang = useLang();
  return useMemo(() => translator(messages, lang), [messages, lang]);
}
