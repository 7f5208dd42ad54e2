import { useContext, useMemo } from 'preact/hooks';
import { editorMessages } from '../card-editor/messages';
import { GradeLabelsContext } from '../common/grade-labels';
import { useLang, useT } from '../i18n';

// Names of grades, tiers, lifecycles and stages as the card editor shows them; grade names can be renamed in the
// settings (some teams say VIP/普通), so they come through this context.

export { GradeLabelsContext };

export function useClassLabels() {
  const t = useT(editorMessages);
  const lang = useLang();
  const custom = useContext(GradeLabelsContext);
  return useMemo(
    () => ({
      lang,
      grade: (g: string) => custom[g as 'A' | 'B' | 'C'] || t(`grade.${g}` as 'grade.A'),
      tier: (v: string) => t(`valueTier.${v}` as 'valueTier.key'),
      lifecycle: (v: string) => t(`lifecycle.${v}` as 'lifecycle.new'),
      stage: (v: string) => t(`stage.${v}` as 'stage.contact'),
    }),
    [t, lang, custom],
  );
}
