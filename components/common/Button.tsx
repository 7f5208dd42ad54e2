import type { ComponentChildren } from 'preact';

type Variant = 'primary' | 'secondary' | 'danger' | 'link';

// Always a real <button> (type="button" unless told) so keyboard and role-based lookups work.
export function Button(props: {
  children: ComponentChildren;
  onClick?: () => void;
  variant?: Variant;
  disabled?: boolean;
  type?: 'button' | 'submit';
  title?: string;
  'aria-describedby'?: string;
}) {
  const { children, onClick, variant = 'secondary', type = 'button', ...rest } = props;
  return (
    <button type={type} class={`la-btn la-btn-${variant}`} onClick={onClick} {...rest}>
      {children}
    </button>
  );
}

/**
 * A small × button whose accessible name ("Remove Phone 1") is visually hidden text, not an aria-label, so that
 * looking up the field "Phone 1" by its label does not also find this button.
 */
export function RemoveButton(props: { name: string; onClick: () => void }) {
  return (
    <button type="button" class="la-btn la-btn-link" onClick={props.onClick} title={props.name}>
      <span aria-hidden="true">×</span>
      <span class="la-sr">{props.name}</span>
    </button>
  );
}
