import { describe, expect, it } from 'vitest';
import { defineMessages, langFromTag, translator } from '../../lib/i18n';

describe('i18n', () => {
  const m = defineMessages({ en: { hi: 'Hello {name}' }, zh: { hi: '你好，{name}' } });
  it('picks Chinese for zh tags and English otherwise', () => {
    expect(langFromTag('zh-CN')).toBe('zh');
    expect(langFromTag('zh-TW')).toBe('zh');
    expect(langFromTag('en-US')).toBe('en');
    expect(langFromTag(undefined)).toBe('en');
  });
  it('fills placeholders in the chosen language', () => {
    expect(translator(m, 'zh')('hi', { name: '李' })).toBe('你好，李');
    expect(translator(m, 'en')('hi', { name: 'Li' })).toBe('Hello Li');
  });
});
