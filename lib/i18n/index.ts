// Every user-facing string lives in a feature's own messages file, defined with both languages so a missing
// translation is a type error, not a blank label at run time.
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

export type Messages<K extends string> = { en: Record<K, string>; zh: Record<K, string> };

export function defineMessages<K extends string>(m: Messages<K>): Messages<K> {
  return m;
}

/** Chooses the UI language from a BCP 47 tag such as the browser's UI language; Chinese variants get zh. */
export function langFromTag(tag: string | undefined | null): Lang {
  return tag && /^zh\b/i.test(tag) ? 'zh' : 'en';
}

let override: Lang | null = null;
/** Tests and the settings page may force a language. */
export function setLang(lang: Lang | null): void {
  override = lang;
}

export function currentLang(): Lang {
  if (override) return override;
  const g = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } }; navigator?: { language?: string } };
  return langFromTag(g.chrome?.i18n?.getUILanguage?.() ?? g.navigator?.language);
}

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** Returns a function that looks up a key and fills `{name}` placeholders. */
export function translator<K extends string>(m: Messages<K>, lang: Lang = currentLang()): Translate<K> {
  return (key, params) => {
    const text = m[lang][key] ?? m.en[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(params[name] ?? all)) : text;
  };
}
