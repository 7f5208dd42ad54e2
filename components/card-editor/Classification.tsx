import { GRADES, LIFECYCLES, STAGES, VALUE_TIERS } from '../../lib/card/schema';
import type { CardDraft } from '../../lib/messages';
import { useContext } from 'preact/hooks';
import { GradeLabelsContext } from '../common/grade-labels';
import { useT } from '../i18n';
import { ListField, SelectField } from './fields';
import { editorMessages } from './messages';

type Classification = CardDraft['classification'];

/** Grade (A/B/C, 重要/特殊/一般 in zh), value tier, lifecycle, stage and tags. */
export function ClassificationFields(props: {
  idBase: string;
  value: Classification;
  onChange: (next: Classification) => void;
}) {
  const t = useT(editorMessages);
  const custom = useContext(GradeLabelsContext);
  const c = props.value;
  const id = (k: string) => `${props.idBase}-${k}`;
  return (
    <>
      <SelectField
        id={id('grade')}
        label={t('grade')}
        value={c.grade}
        options={GRADES}
        none={t('grade.none')}
        optionLabel={(g) => custom[g] || t(`grade.${g}`)}
        onValue={(grade) => props.onChange({ ...c, grade })}
      />
      <SelectField
        id={id('valueTier')}
        label={t('valueTier')}
        value={c.valueTier}
        options={VALUE_TIERS}
        none={t('valueTier.none')}
        optionLabel={(v) => t(`valueTier.${v}`)}
        onValue={(valueTier) => props.onChange({ ...c, valueTier })}
      />
      <SelectField
        id={id('lifecycle')}
        label={t('lifecycle')}
        value={c.lifecycle}
        options={LIFECYCLES}
        none={t('lifecycle.none')}
        optionLabel={(v) => t(`lifecycle.${v}`)}
        onValue={(lifecycle) => props.onChange({ ...c, lifecycle })}
      />
      <SelectField
        id={id('stage')}
        label={t('stage')}
        value={c.stage}
        options={STAGES}
        none={t('stage.none')}
        optionLabel={(v) => t(`stage.${v}`)}
        onValue={(stage) => props.onChange({ ...c, stage })}
      />
      <ListField id={id('tags')} label={t('tags')} value={c.tags} onValue={(tags) => props.onChange({ ...c, tags })} />
    </>
  );
}
