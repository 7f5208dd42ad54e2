import { useEffect, useState } from 'preact/hooks';
import { send as sendMessage } from '../../lib/messaging';
import type { Req, RequestName, Res } from '../../lib/messages';
import { recipeMessages } from '../../lib/recipes/messages';
import { RECIPE_FIELDS, type Recipe, type RecipeField } from '../../lib/recipes/schema';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { recipeListMessages } from './messages';

type Send = <N extends RequestName>(name: N, payload: Req<N>) => Promise<Res<N>>;

/** The sites the user taught: each recipe renamed, stripped of a field, or deleted (through the background). */
export function RecipeList({ send = sendMessage as Send }: { send?: Send }) {
  const t = useT(recipeListMessages);
  const tf = useT(recipeMessages);
  const [recipes, setRecipes] = useState<Recipe[] | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  const load = () =>
    send('ui→bg:listRecipes', {})
      .then((r) => setRecipes(r.recipes))
      .catch((e: unknown) => setStatus(t('loadFailed', { message: e instanceof Error ? e.message : String(e) })));
  useEffect(() => void load(), []);

  const save = async (recipe: Recipe) => {
    await send('ui→bg:saveRecipe', { recipe });
    setStatus(t('saved'));
    await load();
  };
  const removeField = (r: Recipe, f: RecipeField) => {
    const fields = { ...r.fields };
    delete fields[f];
    return save({ ...r, fields });
  };
  const remove = async (id: string) => {
    await send('ui→bg:deleteRecipe', { id });
    setStatus(t('deleted'));
    await load();
  };

  return (
    <section class="la-recipes" aria-labelledby="la-recipes-heading">
      <h2 id="la-recipes-heading">{t('heading')}</h2>
      {recipes?.length === 0 && <p>{t('none')}</p>}
      <ul>
        {(recipes ?? []).map((r) => {
          const fields = RECIPE_FIELDS.filter((f) => r.fields[f]);
          const name = names[r.id] ?? r.name ?? r.host;
          return (
            <li key={r.id} data-testid="recipe">
              <strong>{r.host}</strong> <span class="la-muted">{t('fields', { count: fields.length })}</span>
              <div>
                <input
                  aria-label={t('name')}
                  value={name}
                  maxLength={200}
                  onInput={(e) => setNames({ ...names, [r.id]: (e.currentTarget as HTMLInputElement).value })}
                />{' '}
                <Button onClick={() => void save({ ...r, name })}>{t('rename')}</Button>{' '}
                <Button onClick={() => void remove(r.id)}>{t('delete')}</Button>
              </div>
              <ul>
                {fields.map((f) => (
                  <li key={f}>
                    {tf(`field.${f}`)}: <code>{r.fields[f]![0]}</code>{' '}
                    <Button onClick={() => void removeField(r, f)}>
                      {t('removeField', { field: tf(`field.${f}`) })}
                    </Button>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      <p role="status">{status}</p>
    </section>
  );
}
