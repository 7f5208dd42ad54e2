/**
 * CardEditor — edits a customer card, for the popup (a draft from capture) and the archive page (a stored card).
 *
 * Props:
 * - `value`: a `CardDraft` (lib/messages.ts) or a stored `Card` (which is a CardDraft plus id/number/rev…);
 *   the editor never drops fields it does not show, so `onChange` hands back the same type with edits applied.
 * - `onChange(next)`: called on every edit with the whole new value (controlled component, no internal copy).
 * - `errors?`: per-field messages keyed by dotted path (`name`, `phones.0`, `contacts.1.emails.0`); when omitted
 *   the editor shows `validateCard(value)` itself. Pass your own to add server-side messages.
 * - `nameProv?`: provenance of the name (the card schema keeps none for it; the popup passes the extractor's).
 * - `idPrefix?`: prefix for element ids when two editors share a page (default: a generated one).
 *
 * Also exported: `validateCard(draft, {lang?, defaultCountry?})` → FieldErrors (empty = valid), `cleanDraft`
 * (trim, drop empty rows, mark masked phones — call before saving) and `firstError` (the reason Save is disabled).
 * Labels are unique per card ("Phone 1", "Contact 2 email"), so fields can be found by their label text; no
 * other element carries an aria-label that contains a field's label (sections and markers have none), so a
 * lookup by label finds exactly one control.
 */
import { useId, useMemo } from 'preact/hooks';
import type { Prov } from '../../lib/card/schema';
import type { CardDraft } from '../../lib/messages';
import { ProvMarker } from '../common/ProvMarker';
import { useLang, useT } from '../i18n';
import { Addresses } from './Addresses';
import { Orders, PlatformIds } from './Captured';
import { ClassificationFields } from './Classification';
import { blankIm, blankValue, ImList, ValueList, type ValueListKey } from './ContactValues';
import { Button } from '../common/Button';
import { ListField, SelectField, TextField } from './fields';
import { editorMessages } from './messages';
import { People } from './People';
import { validateCard, type FieldErrors } from './validate';
import '../common/common.css';

export { cleanDraft, firstError, validateCard, type FieldErrors } from './validate';

export interface CardEditorProps<T extends CardDraft> {
  value: T;
  onChange: (next: T) => void;
  errors?: FieldErrors;
  nameProv?: Prov;
  idPrefix?: string;
}

const VALUE_LISTS: ValueListKey[] = ['phones', 'faxes', 'emails', 'websites'];

export function CardEditor<T extends CardDraft>(props: CardEditorProps<T>) {
  const t = useT(editorMessages);
  const lang = useLang();
  const generated = useId();
  const base = props.idPrefix ?? `ce${generated.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const v = props.value;
  const own = useMemo(() => (props.errors ? null : validateCard(v, { lang })), [props.errors, v, lang]);
  const errors = props.errors ?? own ?? {};
  const set = (patch: Partial<CardDraft>) => props.onChange({ ...v, ...patch });
  const id = (k: string) => `${base}-${k}`;
  const sources = v.sources;

  return (
    <div class="la-card-editor">
      <section>
        <h2 id={id('h-identity')}>{t('section.identity')}</h2>
        <SelectField
          id={id('kind')}
          label={t('kind')}
          value={v.kind}
          options={['company', 'person'] as const}
          optionLabel={(k) => t(`kind.${k}`)}
          onValue={(kind) => kind && set({ kind })}
        />
        <TextField
          id={id('name')}
          label={t('name')}
          value={v.name}
          error={errors.name}
          onValue={(name) => set({ name })}
          after={<ProvMarker prov={props.nameProv} sources={sources} />}
        />
        <p class="la-number">
          {t('number')}: <span>{v.number || t('number.none')}</span>
        </p>
        <PlatformIds ids={v.platformIds} />
        {v.kind === 'company' && (
          <TextField
            id={id('creditCode')}
            label={t('creditCode')}
            value={v.creditCode}
            error={errors.creditCode}
            onValue={(creditCode) => set({ creditCode })}
          />
        )}
      </section>

      <section>
        <h2 id={id('h-contact')}>{t('section.contact')}</h2>
        {VALUE_LISTS.map((field) => (
          <ValueList
            key={field}
            idBase={base}
            field={field}
            values={v[field]}
            sources={sources}
            errors={errors}
            onChange={(next) => set({ [field]: next })}
          />
        ))}
        <ImList idBase={base} values={v.im} sources={sources} errors={errors} onChange={(im) => set({ im })} />
        {/* One row of add buttons keeps the section short in a 420 px popup. */}
        <div class="la-add-row">
          {VALUE_LISTS.map((field) => (
            <Button key={field} onClick={() => set({ [field]: [...v[field], blankValue()] })}>
              {t(`add.${field}`)}
            </Button>
          ))}
          <Button onClick={() => set({ im: [...v.im, blankIm()] })}>{t('add.im')}</Button>
        </div>
      </section>

      <section>
        <h2 id={id('h-people')}>{t('section.people')}</h2>
        <People
          idBase={base}
          contacts={v.contacts}
          sources={sources}
          errors={errors}
          onChange={(contacts) => set({ contacts })}
        />
      </section>

      <section>
        <h2 id={id('h-address')}>{t('section.address')}</h2>
        <Addresses
          idBase={base}
          addresses={v.addresses}
          sources={sources}
          errors={errors}
          onChange={(addresses) => set({ addresses })}
        />
      </section>

      {v.business.orders.length > 0 && (
        <section>
          <h2>{t('section.orders')}</h2>
          <Orders orders={v.business.orders} sources={sources} />
        </section>
      )}

      {v.kind === 'company' && (
        <section>
          <h2 id={id('h-company')}>{t('section.company')}</h2>
          {(['industry', 'businessType', 'staff', 'founded'] as const).map((k) => (
            <TextField
              key={k}
              id={id(k)}
              label={t(k)}
              value={v.company[k]}
              error={errors[`company.${k}`]}
              onValue={(x) => set({ company: { ...v.company, [k]: x } })}
            />
          ))}
          <ListField
            id={id('mainProducts')}
            label={t('mainProducts')}
            value={v.company.mainProducts}
            onValue={(mainProducts) => set({ company: { ...v.company, mainProducts } })}
          />
        </section>
      )}

      <section>
        <h2 id={id('h-class')}>{t('section.classification')}</h2>
        <ClassificationFields
          idBase={base}
          value={v.classification}
          onChange={(classification) => set({ classification })}
        />
      </section>

      <section>
        <h2 id={id('h-notes')}>{t('section.notes')}</h2>
        {(['text', 'special', 'risk'] as const).map((k) => (
          <TextField
            key={k}
            id={id(`notes-${k}`)}
            label={t(k === 'text' ? 'notes' : k)}
            value={v.notes[k]}
            error={errors[`notes.${k}`]}
            multiline
            onValue={(x) => set({ notes: { ...v.notes, [k]: x } })}
          />
        ))}
      </section>
    </div>
  );
}
