import type { ComponentChildren } from 'preact';
import { InlineError } from './InlineError';

// A label, its control and an inline error. The control must carry `id={id}` (and, when there is an error,
// aria-describedby={errorId(id)}); the <label for> makes it findable by its label text.
export function FieldRow(props: { id: string; label: string; error?: string; children: ComponentChildren }) {
  return (
    <div class={props.error ? 'la-field la-field-invalid' : 'la-field'}>
      <label for={props.id}>{props.label}</label>
      <div class="la-control">{props.children}</div>
      <InlineError id={errorId(props.id)} message={props.error} />
    </div>
  );
}

export function errorId(id: string): string {
  return `${id}-error`;
}

/** Attributes a control needs so assistive technology announces its error. */
export function invalidProps(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true as const, 'aria-describedby': errorId(id) } : {};
}
