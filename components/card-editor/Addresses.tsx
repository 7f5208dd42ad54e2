import { ADDRESS_KINDS, type Address, type CardSource } from '../../lib/card/schema';
import { Button } from '../common/Button';
import { ProvMarker } from '../common/ProvMarker';
import { useT } from '../i18n';
import { SelectField, TextField } from './fields';
import { editorMessages } from './messages';
import type { FieldErrors } from './validate';

const PARTS = ['street', 'district', 'city', 'region', 'postcode', 'country'] as const;

/** One or more addresses, each in parts, with the text as written on the page when parsing was unsure. */
export function Addresses(props: {
  idBase: string;
  addresses: Address[];
  sources: CardSource[];
  errors: FieldErrors;
  onChange: (next: Address[]) => void;
}) {
  const t = useT(editorMessages);
  const { addresses } = props;
  const set = (i: number, a: Address | null) =>
    props.onChange(a ? addresses.map((x, j) => (j === i ? a : x)) : addresses.filter((_, j) => j !== i));
  return (
    <div class="la-list">
      {addresses.map((a, i) => {
        const id = `${props.idBase}-address-${i}`;
        const n = i + 1;
        return (
          <fieldset class="la-address" key={i}>
            <legend>
              {t('address.legend', { n })} <ProvMarker prov={a.prov} sources={props.sources} />
            </legend>
            {a.raw && <p class="la-raw">{t('address.raw', { raw: a.raw })}</p>}
            {PARTS.map((part) => (
              <TextField
                key={part}
                id={`${id}-${part}`}
                label={t(`address.${part}`, { n })}
                value={a[part]}
                error={props.errors[`addresses.${i}.${part}`]}
                onValue={(v) => set(i, { ...a, [part]: v })}
              />
            ))}
            <SelectField
              id={`${id}-kind`}
              label={t('address.kind', { n })}
              value={a.kind}
              options={ADDRESS_KINDS}
              none={t('addressKind.none')}
              optionLabel={(k) => t(`addressKind.${k}`)}
              onValue={(kind) => set(i, { ...a, kind })}
            />
            <Button variant="danger" onClick={() => set(i, null)}>
              {t('address.remove', { n })}
            </Button>
          </fieldset>
        );
      })}
      <Button onClick={() => props.onChange([...addresses, { prov: { src: 'user', conf: 1 } }])}>
        {t('address.add')}
      </Button>
    </div>
  );
}
