import { extractPage } from '../lib/extract';
import { capResult } from '../lib/extract/cap';
import { withRecipes } from '../lib/recipes/capture';
import { recipesFor } from '../lib/recipes/store';

// Injected on a click (activeTab + scripting); never registered for all sites. Returns the ExtractResult as plain
// JSON to the background's scripting.executeScript call. The site's taught recipes are read from
// browser.storage.local (where the background keeps them) and applied first.
export default defineContentScript({
  registration: 'runtime',
  async main() {
    // 400 ms: ordinary pages take about a millisecond; a huge one stops here with what it found (partial), leaving
    // room for injection and the popup inside the background's capture timeout.
    const result = extractPage(document, location.href, { budgetMs: 400 });
    const recipes = await recipesFor(location.href).catch(() => []);
    return capResult(withRecipes(result, document, recipes));
  },
});
