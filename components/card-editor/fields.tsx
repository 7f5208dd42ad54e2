import { useEffect, useState } from 'preact/hooks';
import { FieldRow, invalidProps } from '../common/FieldRow';

// Labelled controls the editor sections are built from. Values are plain strings rendered as text.

export function TextField(props: {
  id: string;
  label: string;
  value: string | undefined;
  onValue: (v: string) => void;
  error?: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  multiline?: boolean;
  after?: preact.ComponentChildren;
}) {
  const common = {
    id: props.id,
    value: props.value ?? '',
    onInput: (e: Event) => props.onValue((e.currentTarget as HTMLInputElement).value),
    ...invalidProps(props.id, props.error),
  };
  return (
    <FieldRow id={props.id} label={props.label} error={props.error}>
      {props.multiline ? <textarea rows={3} {...common} /> : <input type={props.type ?? 'text'} {...common} />}
      {props.after}
    </FieldRow>
  );
}

export function SelectField<V extends string>(props: {
  id: string;
  label: string;
  value: V | undefined;
  options: readonly V[];
  optionLabel: (v: V) => string;
  /** Label of the empty choice; without it a value is required. */
  none?: string;
  onValue: (v: V | undefined) => void;
}) {
  return (
    <FieldRow id={props.id} label={props.label}>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          props.onValue(v === '' ? undefined : (v as V));
        }}
      >
        {props.none !== undefined && <option value="">{props.none}</option>}
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.optionLabel(o)}
          </option>
        ))}
      </select>
    </FieldRow>
  );
}

const splitList = (s: string) =>
  s
    .split(/[,，、;；\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * A comma-separated list (tags, main products). Keeps the text as typed so a trailing comma survives the
 * re-render, and takes the outside value again only when it really changed.
 */
export function ListField(props: { id: string; label: string; value: string[]; onValue: (v: string[]) => void }) {
  const joined = props.value.join(', ');
  const [text, setText] = useState(joined);
  useEffect(() => {
    if (splitList(text).join(', ') !== joined) setText(joined);
  }, [joined]);
  return (
    <FieldRow id={props.id} label={props.label}>
      <input
        id={props.id}
        type="text"
        value={text}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value;
          setText(v);
          props.onValue(splitList(v));
        }}
      />
    </FieldRow>
  );
}

export { splitList };
