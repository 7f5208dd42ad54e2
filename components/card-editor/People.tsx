import { newId } from '../../lib/card/ids';
import type { CardSource, Contact, ContactValue } from '../../lib/card/schema';
import { Button } from '../common/Button';
import { ProvMarker } from '../common/ProvMarker';
import { useT } from '../i18n';
import { edited } from './ContactValues';
import { TextField } from './fields';
import { editorMessages } from './messages';
import type { FieldErrors } from './validate';

const USER = { src: 'user', conf: 1 } as const;

/** The first phone/email of a person is edited here; further ones (from a merge) are kept untouched. */
function withFirst(list: ContactValue[], value: string): ContactValue[] {
  if (list.length === 0) return value === '' ? [] : [{ value, prov: USER }];
  return [edited(list[0], value), ...list.slice(1)];
}

/** Contact people: name, title, department, phone, email, one primary. */
export function People(props: {
  idBase: string;
  contacts: Contact[];
  sources: CardSource[];
  errors: FieldErrors;
  onChange: (next: Contact[]) => void;
}) {
  const t = useT(editorMessages);
  const { contacts } = props;
  const set = (i: number, c: Contact | null) =>
    props.onChange(c ? contacts.map((x, j) => (j === i ? c : x)) : contacts.filter((_, j) => j !== i));
  return (
    <div class="la-list">
      {contacts.map((c, i) => {
        const id = `${props.idBase}-person-${i}`;
        const n = i + 1;
        return (
          <fieldset class="la-person" key={c.id || i}>
            <legend>
              {t('person.legend', { n })} <ProvMarker prov={c.prov} sources={props.sources} />
            </legend>
            <TextField
              id={`${id}-name`}
              label={t('person.name', { n })}
              value={c.name}
              error={props.errors[`contacts.${i}.name`]}
              onValue={(name) => set(i, { ...c, name })}
            />
            <TextField
              id={`${id}-title`}
              label={t('person.title', { n })}
              value={c.title}
              onValue={(title) => set(i, { ...c, title })}
            />
            <TextField
              id={`${id}-department`}
              label={t('person.department', { n })}
              value={c.department}
              onValue={(department) => set(i, { ...c, department })}
            />
            <TextField
              id={`${id}-phone`}
              type="tel"
              label={t('person.phone', { n })}
              value={c.phones[0]?.value}
              error={props.errors[`contacts.${i}.phones.0`]}
              onValue={(v) => set(i, { ...c, phones: withFirst(c.phones, v) })}
            />
            <TextField
              id={`${id}-email`}
              type="email"
              label={t('person.email', { n })}
              value={c.emails[0]?.value}
              error={props.errors[`contacts.${i}.emails.0`]}
              onValue={(v) => set(i, { ...c, emails: withFirst(c.emails, v) })}
            />
            <div class="la-check">
              <input
                id={`${id}-primary`}
                type="checkbox"
                checked={c.primary}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  props.onChange(contacts.map((x, j) => ({ ...x, primary: j === i ? on : on ? false : x.primary })));
                }}
              />
              <label for={`${id}-primary`}>{t('person.primary', { n })}</label>
            </div>
            <Button variant="danger" onClick={() => set(i, null)}>
              {t('person.remove', { n })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        onClick={() =>
          props.onChange([
            ...contacts,
            {
              id: newId(),
              name: '',
              phones: [],
              emails: [],
              im: [],
              primary: contacts.length === 0,
              prov: USER,
            },
          ])
        }
      >
        {t('person.add')}
      </Button>
    </div>
  );
}
