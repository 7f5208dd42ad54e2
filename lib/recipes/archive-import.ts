import { parseImport } from '../transfer/json';
import { mergeRecipes } from './store';
import { importRecipes } from './transfer';

/**
 * The taught recipes of an imported JSON archive file (its optional top-level `recipes`), merged into the kept
 * ones after the cards were committed: each recipe checked on its own, a kept recipe replaced only by a newer one.
 */
export async function importRecipesOf(text: string): Promise<{ added: number; updated: number; invalid: number }> {
  if (!text.includes('"recipes"')) return { added: 0, updated: 0, invalid: 0 };
  let raw: unknown[] | undefined;
  try {
    raw = parseImport(text).recipes;
  } catch {
    raw = undefined;
  }
  if (!raw?.length) return { added: 0, updated: 0, invalid: 0 };
  const read = importRecipes(JSON.stringify(raw));
  return { ...(await mergeRecipes(read.recipes)), invalid: read.invalid.length };
}
