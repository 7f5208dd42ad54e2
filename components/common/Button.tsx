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
  'aria-label'?: string;
  'aria-describedby'?: string;
}) {
  const { children, onClick, variant = 'secondary', type = 'button', ...rest } = props;
  return (
    <button type={type} class={`la-btn la-btn-${variant}`} onClick={onClick} {...rest}>
      {children}
    </button>
  );
}
