// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../../lib/i18n';
import type { CardSummary } from '../../../lib/messages';
import { LangContext } from '../../../components/i18n';
import { SaveBar, type SaveMode } from '../../../components/popup/SaveBar';
import { describeMatchKeys, namesDiffer } from '../../../components/popup/match-note';
import { button, click, mount, unmount } from './helpers';

const mingyuan: CardSummary = {
  id: 'k3',
  number: 'C-2026-0003',
  name: '上海明远精密机械有限公司',
  kind: 'company',
  updatedAt: 1,
  matchedKeys: ['im:qq:2850012345'],
};

let root: HTMLElement | undefined;
afterEach(() => root && unmount(root));

function bar(draftName: string, matches: CardSummary[], lang: Lang = 'en', mergeInto?: string) {
  const saved: SaveMode[] = [];
  root = mount(
    <LangContext.Provider value={lang}>
      <SaveBar
        draftName={draftName}
        matches={matches}
        mergeInto={mergeInto}
        onMergeInto={() => undefined}
        saving={false}
        failure={null}
        onSave={(m) => saved.push(m)}
      />
    </LangContext.Provider>,
  );
  const actions = [...root.querySelectorAll('.la-actions button')] as HTMLButtonElement[];
  return { r: root, saved, actions, primary: root.querySelectorAll('.la-actions .la-btn-primary') };
}

describe('namesDiffer', () => {
  it('differs only when neither normalised name contains the other', () => {
    expect(namesDiffer('广州美伦包装材料有限公司', '上海明远精密机械有限公司')).toBe(true);
    expect(namesDiffer('ACME Limited', 'Acme Ltd')).toBe(false);
    expect(namesDiffer('Acme', 'Acme Industrial Supply Co.')).toBe(false);
    expect(namesDiffer('上海明远精密机械有限公司', '明远精密机械')).toBe(false);
    expect(namesDiffer('', 'Acme Ltd')).toBe(false);
  });
});

describe('SaveBar with a match whose name differs', () => {
  it('makes "Save as new" primary, keeps "Update that card" and says the names differ (en)', () => {
    const { r, saved, actions, primary } = bar('广州美伦包装材料有限公司', [mingyuan]);
    expect(r.textContent).toContain('Already in the archive as C-2026-0003 上海明远精密机械有限公司');
    expect(r.textContent).toContain(
      'The names differ: 广州美伦包装材料有限公司 / 上海明远精密机械有限公司. Update only if this is the same customer.',
    );
    expect(primary).toHaveLength(1);
    expect(primary[0].textContent).toBe('Save as new');
    expect(actions.map((b) => b.textContent)).toEqual(['Save as new', 'Update that card']);
    click(button(r, 'Save as new'));
    click(button(r, 'Update that card'));
    expect(saved).toEqual(['new', 'merge']);
  });

  it('says so in Chinese too', () => {
    const { r, primary } = bar('广州美伦包装材料有限公司', [mingyuan], 'zh');
    expect(r.textContent).toContain(
      '名称不同：广州美伦包装材料有限公司 / 上海明远精密机械有限公司。仅当是同一客户时才更新。',
    );
    expect(primary[0].textContent).toBe('另存为新名片');
  });

  it('compares with the chosen card when several match', () => {
    const same = { ...mingyuan, id: 'k4', number: 'C-2026-0004', name: '广州美伦包装' };
    expect(bar('广州美伦包装材料有限公司', [mingyuan, same], 'en', 'k4').primary[0].textContent).toBe(
      'Update that card',
    );
    unmount(root!);
    const other = bar('广州美伦包装材料有限公司', [mingyuan, same], 'en', 'k3');
    expect(other.primary[0].textContent).toBe('Save as new');
  });
});

describe('SaveBar with a match of the same name', () => {
  it('keeps "Update that card" primary and says nothing about names', () => {
    const { r, actions, primary } = bar('ACME Limited', [{ ...mingyuan, name: 'Acme Ltd' }]);
    expect(primary).toHaveLength(1);
    expect(primary[0].textContent).toBe('Update that card');
    expect(actions.map((b) => b.textContent)).toEqual(['Update that card', 'Save as new']);
    expect(r.textContent).not.toContain('The names differ');
  });
});

describe('match keys as a person reads them', () => {
  const keys = ['tel:+15038670190', 'email:hello@harborandpine.com', 'name:harborandpinefurniture'];

  it('English: labels, displayed phone, no internal prefixes', () => {
    expect(describeMatchKeys(keys, 'en')).toBe('(same phone +1 503 867 0190, email hello@harborandpine.com, name)');
    expect(describeMatchKeys(['im:qq:2850012345', 'pid:alibaba:meilun88'], 'en')).toBe(
      '(same QQ 2850012345, alibaba ID meilun88)',
    );
  });

  it('Chinese: Chinese labels and punctuation', () => {
    expect(describeMatchKeys(['tel:+8613612345678', 'email:sales@meilun.cn', 'im:wechat:meilun88'], 'zh')).toBe(
      '（相同：电话 +86 136 1234 5678、邮箱 sales@meilun.cn、微信 meilun88）',
    );
  });

  it('is what the popup shows', () => {
    const { r } = bar('Harbor & Pine', [{ ...mingyuan, name: 'Harbor and Pine Furniture', matchedKeys: keys }]);
    expect(r.textContent).toContain('(same phone +1 503 867 0190, email hello@harborandpine.com, name)');
    expect(r.textContent).not.toContain('tel:');
  });
});
