import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

// Tiny DOM helpers for the UI tests, finding things the way users (and the e2e tests) do: by label and by role.

export function mount(vnode: VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(vnode, root));
  return root;
}

export function unmount(root: HTMLElement): void {
  act(() => render(null, root));
  root.remove();
}

/** The control whose <label for> has exactly this text. */
export function field<T extends HTMLElement = HTMLInputElement>(root: HTMLElement, label: string): T {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  if (!l) throw new Error(`no label "${label}"`);
  const el = root.querySelector(`[id="${l.htmlFor}"]`);
  if (!el) throw new Error(`label "${label}" points at nothing (${l.htmlFor})`);
  return el as T;
}

/** A button's accessible name: its aria-label, else its text without aria-hidden parts. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label !== null) return label.trim();
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
  return (copy.textContent ?? '').trim();
}

export function buttons(root: HTMLElement, name: string): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((b) => accessibleName(b) === name);
}

/** Every element a lookup by label text would find: <label for> targets and aria-label/aria-labelledby owners. */
export function labelled(root: HTMLElement, text: string): Element[] {
  const needle = text.toLowerCase();
  const found = new Set<Element>();
  for (const l of root.querySelectorAll('label')) {
    const target = l.htmlFor ? root.querySelector(`[id="${l.htmlFor}"]`) : null;
    if (target && l.textContent?.toLowerCase().includes(needle)) found.add(target);
  }
  for (const el of root.querySelectorAll('[aria-label]')) {
    if (el.getAttribute('aria-label')!.toLowerCase().includes(needle)) found.add(el);
  }
  for (const el of root.querySelectorAll('[aria-labelledby]')) {
    const ids = el.getAttribute('aria-labelledby')!.split(/\s+/);
    const text = ids.map((id) => root.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ');
    if (text.toLowerCase().includes(needle)) found.add(el);
  }
  return [...found];
}

export function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = buttons(root, name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named "${name}"`);
  return found[0];
}

export function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(el: HTMLSelectElement, value: string): void {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(el: HTMLElement): void {
  act(() => el.click());
}

/** Lets pending promises and timers settle (fake timers are not used: the popup debounces with real ones). */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

export async function waitFor<T>(check: () => T, timeout = 2000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return check();
    } catch (e) {
      if (Date.now() > end) throw e;
      await settle(10);
    }
  }
}
