import { browser } from 'wxt/browser';
import { MessageError } from '../messages';
import { deleteRecipe, loadRecipes, putRecipe } from '../recipes/store';
import { isRestrictedUrl } from './capture';
import type { Handlers } from './router';

// Taught recipes: listed, saved (new or edited) and deleted for the archive page, and the teaching overlay
// injected into a tab on the user's click (activeTab + scripting, like capture; never registered for all sites).

export const TEACH_SCRIPT = '/content-scripts/teach.js';

export const recipeHandlers: Pick<
  Handlers,
  'ui→bg:listRecipes' | 'ui→bg:saveRecipe' | 'ui→bg:deleteRecipe' | 'ui→bg:startTeach'
> = {
  'ui→bg:listRecipes': async () => ({ recipes: await loadRecipes() }),
  'ui→bg:saveRecipe': async ({ recipe }) => ({ recipe: await putRecipe(recipe) }),
  'ui→bg:deleteRecipe': async ({ id }) => ({ deleted: await deleteRecipe(id) }),
  'ui→bg:startTeach': async ({ tabId }) => {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab || isRestrictedUrl(tab.url)) throw new MessageError('no-access', 'This page cannot be taught.');
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [TEACH_SCRIPT] });
    } catch (e) {
      throw new MessageError('no-access', e instanceof Error ? e.message : String(e));
    }
    return {};
  },
};
