import type { CardSource, ContactValue, ImHandle, ImKind } from '../../lib/card/schema';
import { IM_KINDS } from '../../lib/card/schema';
import { RemoveButton } from '../common/Button';
import { FieldRow, invalidProps } from '../common/FieldRow';
import { ProvMarker } from '../common/ProvMarker';
import { useT } from '../i18n';
import { safeHref } from '../../lib/safe-url';
import { isMaskedPhone, isWebsite, type FieldErrors } from './validate';
import { editorMessages } from './messages';

export type ValueListKey = 'phones' | 'faxes' | 'emails' | 'websites';

const USER = { src: 'user', conf: 1 } as const;
const INPUT_TYPE = { phones: 'tel', faxes: 'tel', emails: 'email', websites: 'url' } as const;

/** A link for a value only through safeHref: http(s) sites, mailto, tel; anything else stays text. */
export function hrefFor(field: ValueListKey, value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  if (field === 'websites') return isWebsite(v) ? safeHref(/^https?:/i.test(v) ? v : `https://${v}`) : null;
  if (field === 'emails') return /^[^\s@:/]+@[^\s@:/]+$/.test(v) ? safeHref(`mailto:${v}`) : null;
  return /^\+?[\d\s\-().]{5,}$/.test(v) ? safeHref(`tel:${v.replace(/[^\d+]/g, '')}`) : null;
}

/** A new, empty row the user fills in. */
export const blankValue = (): ContactValue => ({ value: '', prov: USER });
export const blankIm = (): ImHandle => ({ kind: 'wechat', value: '', prov: USER });

/** An edited value is the user's: its provenance says so (the captured one is kept on the card's history). */
export function edited<V extends ContactValue>(v: V, value: string): V {
  return { ...v, value, prov: USER, masked: isMaskedPhone(value) || undefined };
}

/** Phones, faxes, emails or websites: one row per value with its provenance marker, add and remove. */
export function ValueList(props: {
  idBase: string;
  field: ValueListKey;
  values: ContactValue[];
  sources: CardSource[];
  errors: FieldErrors;
  onChange: (next: ContactValue[]) => void;
}) {
  const t = useT(editorMessages);
  const { field, values } = props;
  const label = t(field);
  const set = (i: number, v: ContactValue | null) =>
    props.onChange(v ? values.map((x, j) => (j === i ? v : x)) : values.filter((_, j) => j !== i));
  return (
    <div class="la-list">
      {values.map((v, i) => {
        const id = `${props.idBase}-${field}-${i}`;
        const error = props.errors[`${field}.${i}`];
        const href = hrefFor(field, v.value);
        return (
          <FieldRow key={i} id={id} label={t('value.label', { label, n: i + 1 })} error={error}>
            <input
              id={id}
              type={INPUT_TYPE[field]}
              value={v.value}
              onInput={(e) => set(i, edited(v, (e.currentTarget as HTMLInputElement).value))}
              {...invalidProps(id, error)}
            />
            {(v.masked || isMaskedPhone(v.value)) && (
              <span class="la-masked" title={t('masked.title')}>
                {t('masked')}
              </span>
            )}
            <ProvMarker prov={v.prov} sources={props.sources} />
            {href && (
              <a
                class="la-open"
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                title={t('open.value', { label, n: i + 1 })}
              >
                ↗
              </a>
            )}
            <RemoveButton name={t('remove.value', { label, n: i + 1 })} onClick={() => set(i, null)} />
          </FieldRow>
        );
      })}
    </div>
  );
}

/** IM handles: a type (WeChat, QQ…) and the handle per row. */
export function ImList(props: {
  idBase: string;
  values: ImHandle[];
  sources: CardSource[];
  errors: FieldErrors;
  onChange: (next: ImHandle[]) => void;
}) {
  const t = useT(editorMessages);
  const { values } = props;
  const set = (i: number, v: ImHandle | null) =>
    props.onChange(v ? values.map((x, j) => (j === i ? v : x)) : values.filter((_, j) => j !== i));
  return (
    <div class="la-list">
      {values.map((h, i) => {
        const id = `${props.idBase}-im-${i}`;
        const error = props.errors[`im.${i}`];
        return (
          <div class="la-im-row" key={i}>
            <FieldRow id={`${id}-kind`} label={t('im.kind', { n: i + 1 })}>
              <select
                id={`${id}-kind`}
                value={h.kind}
                onChange={(e) => set(i, { ...h, kind: (e.currentTarget as HTMLSelectElement).value as ImKind })}
              >
                {IM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`im.${k}`)}
                  </option>
                ))}
              </select>
            </FieldRow>
            <FieldRow id={id} label={t('im.value', { n: i + 1 })} error={error}>
              <input
                id={id}
                type="text"
                value={h.value}
                onInput={(e) => set(i, { ...h, value: (e.currentTarget as HTMLInputElement).value, prov: USER })}
                {...invalidProps(id, error)}
              />
              <ProvMarker prov={h.prov} sources={props.sources} />
              <RemoveButton name={t('remove.value', { label: t('im'), n: i + 1 })} onClick={() => set(i, null)} />
            </FieldRow>
          </div>
        );
      })}
    </div>
  );
}
