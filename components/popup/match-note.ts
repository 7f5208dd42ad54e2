import { normalizeName } from '../../lib/card/normalize';
import { displayPhone } from '../../lib/card/phone-display';
import { translator, type Lang } from '../../lib/i18n';
import { editorMessages } from '../card-editor/messages';
import { popupMessages } from './messages';

/**
 * Whether the captured name and a matched card's name clearly name different customers: neither normalised name
 * contains the other. A shared phone or QQ does not make 广州美伦包装 the same company as 上海明远精密机械 (an agent's
 * number, a recycled QQ), so the popup must not offer "Update that card" as the obvious choice then.
 * An empty name on either side says nothing, so it does not differ.
 */
export function namesDiffer(captured: string, matched: string): boolean {
  const a = normalizeName(captured);
  const b = normalizeName(matched);
  if (!a || !b) return false;
  return !a.includes(b) && !b.includes(a);
}

/**
 * The matched dedupe keys (`tel:+15038670190`, `email:…`, `im:qq:…`, `pid:alibaba:…`, `name:…`) as a person reads
 * them in the UI language: "phone +1 503 867 0190, email hello@…, name" / "电话 +86 136 1234 5678、邮箱 …".
 * An unknown prefix is shown as stored rather than dropped.
 */
export function describeMatchKeys(keys: readonly string[], lang: Lang): string {
  const t = translator(popupMessages, lang);
  const te = translator(editorMessages, lang);
  const parts = keys.map((key) => {
    const colon = key.indexOf(':');
    const prefix = colon < 0 ? key : key.slice(0, colon);
    const rest = colon < 0 ? '' : key.slice(colon + 1);
    switch (prefix) {
      case 'tel':
        return t('key.tel', { value: displayPhone(rest) });
      case 'email':
        return t('key.email', { value: rest });
      case 'name':
        // The normalised name ("harborandpinefurniture") reads as noise; the card's name is shown beside it.
        return t('key.name');
      case 'im': {
        const [kind, ...value] = rest.split(':');
        const label = `im.${kind}` in editorMessages.en ? te(`im.${kind}` as keyof typeof editorMessages.en) : kind;
        return t('key.im', { kind: label, value: value.join(':') });
      }
      case 'pid': {
        const [platform, ...value] = rest.split(':');
        return t('key.pid', { platform, value: value.join(':') });
      }
      default:
        return key;
    }
  });
  return t('matchKeys', { keys: parts.join(t('key.sep')) });
}
