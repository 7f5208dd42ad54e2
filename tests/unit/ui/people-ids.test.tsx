// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { People } from '../../../components/card-editor/People';
import { LangContext } from '../../../components/i18n';
import type { Contact } from '../../../lib/card/schema';
import { button, click, mount, type, field, unmount } from './helpers';

function Harness(props: { initial: Contact[]; out: { value?: Contact[] } }) {
  const [value, setValue] = useState(props.initial);
  props.out.value = value;
  return (
    <LangContext.Provider value="en">
      <People idBase="t" contacts={value} sources={[]} errors={{}} onChange={setValue} />
    </LangContext.Provider>
  );
}

let root: HTMLElement | undefined;
afterEach(() => root && unmount(root));

describe('People', () => {
  it('gives each added person a short time-ordered id and keeps an old UUID one', () => {
    const oldId = crypto.randomUUID();
    const out: { value?: Contact[] } = {};
    root = mount(
      <Harness initial={[{ id: oldId, name: 'Wang Fang', phones: [], emails: [], im: [], primary: true }]} out={out} />,
    );
    click(button(root, 'Add contact person'));
    click(button(root, 'Add contact person'));
    type(field(root, 'Contact 2 name'), 'Li Lei');
    const ids = out.value!.map((c) => c.id);
    expect(ids[0]).toBe(oldId);
    expect(ids[1]).toMatch(/^[0-9a-z]{20}$/);
    expect(ids[2]).toMatch(/^[0-9a-z]{20}$/);
    expect(ids[2] > ids[1]).toBe(true);
    expect(out.value![1].name).toBe('Li Lei');
  });
});
