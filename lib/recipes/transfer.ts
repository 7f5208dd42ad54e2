import { Recipe, RecipeFile, RECIPES_FORMAT, RECIPES_VERSION } from './schema';

// Recipes as a JSON file: exported whole, imported record by record so one bad recipe does not lose the others.

export function exportRecipes(recipes: Recipe[], now = new Date()): string {
  return JSON.stringify(
    { format: RECIPES_FORMAT, version: RECIPES_VERSION, exportedAt: now.toISOString(), recipes },
    null,
    2,
  );
}

export interface RecipeImport {
  recipes: Recipe[];
  /** Index in the file and the first problem, for the import report. */
  invalid: { index: number; reason: string }[];
  /** Set when the file as a whole is not a recipe file. */
  error?: 'not-json' | 'not-recipes';
}

export function importRecipes(text: string): RecipeImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { recipes: [], invalid: [], error: 'not-json' };
  }
  // A bare array of recipes is accepted too (hand-written or from an older export).
  const file = Array.isArray(data) ? { success: true as const, data: { recipes: data } } : RecipeFile.safeParse(data);
  if (!file.success) return { recipes: [], invalid: [], error: 'not-recipes' };
  const out: RecipeImport = { recipes: [], invalid: [] };
  file.data.recipes.forEach((r, index) => {
    const p = Recipe.safeParse(r);
    if (p.success) out.recipes.push(p.data);
    else {
      const issue = p.error.issues[0];
      out.invalid.push({ index, reason: `${issue?.path.join('.') || 'recipe'}: ${issue?.message ?? 'invalid'}` });
    }
  });
  return out;
}
