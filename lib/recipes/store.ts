import { browser } from 'wxt/browser';
import { recipeApplies } from './apply';
import { Recipe } from './schema';

// Taught recipes live in browser.storage.local under one key: small, plain JSON, readable by the background, the
// extension's pages and the capture/teach content scripts (which may never open the archive database). Every
// record is checked with the schema when read, so a damaged entry is dropped instead of breaking capture.

export const RECIPES_KEY = 'recipes';

export async function loadRecipes(): Promise<Recipe[]> {
  const got = (await browser.storage.local.get(RECIPES_KEY)) as Record<string, unknown>;
  const raw = Array.isArray(got[RECIPES_KEY]) ? (got[RECIPES_KEY] as unknown[]) : [];
  return raw.flatMap((r) => {
    const p = Recipe.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

async function store(recipes: Recipe[]): Promise<void> {
  await browser.storage.local.set({ [RECIPES_KEY]: recipes });
}

/** Adds the recipe, or replaces the one with the same id (stamped `updatedAt`). */
export async function putRecipe(recipe: Recipe, now = Date.now()): Promise<Recipe> {
  const all = await loadRecipes();
  const i = all.findIndex((r) => r.id === recipe.id);
  const saved = Recipe.parse(i >= 0 ? { ...recipe, updatedAt: now } : recipe);
  if (i >= 0) all[i] = saved;
  else all.push(saved);
  await store(all);
  return saved;
}

/** Adds recipes read from an import; an id already kept is replaced only by a newer recipe. */
export async function mergeRecipes(incoming: Recipe[]): Promise<{ added: number; updated: number }> {
  const all = await loadRecipes();
  let added = 0;
  let updated = 0;
  for (const r of incoming) {
    const i = all.findIndex((x) => x.id === r.id);
    const stamp = (x: Recipe) => x.updatedAt ?? x.createdAt;
    if (i < 0) {
      all.push(r);
      added++;
    } else if (stamp(r) > stamp(all[i])) {
      all[i] = r;
      updated++;
    }
  }
  await store(all);
  return { added, updated };
}

export async function deleteRecipe(id: string): Promise<boolean> {
  const all = await loadRecipes();
  const rest = all.filter((r) => r.id !== id);
  await store(rest);
  return rest.length < all.length;
}

/** The recipes that apply to this page (same host, path glob). */
export async function recipesFor(url: string): Promise<Recipe[]> {
  try {
    const u = new URL(url);
    return (await loadRecipes()).filter((r) => recipeApplies(r, u));
  } catch {
    return [];
  }
}
