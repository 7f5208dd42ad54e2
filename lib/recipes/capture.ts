import { LeadBuilder } from '../extract/draft';
import type { DraftLead, ExtractResult } from '../extract/types';
import { emptyLead } from '../extract/types';
import { runRecipes } from './apply';
import type { Recipe } from './schema';

// A capture on a site the user taught: the recipe's lead comes first (what the user pointed at), and the generic
// layers' first lead fills what the recipe does not name, so the page gives one card, not two. A site adapter's
// recognised page is left as it is (the adapter knows the site better than one taught page).

export function withRecipes(result: ExtractResult, doc: Document, recipes: readonly Recipe[]): ExtractResult {
  if (!recipes.length || result.adapter?.recognised) return result;
  const found = runRecipes(doc, result.url, recipes);
  if (!found.length) return result;
  const leads: DraftLead[] = found.map(({ lead }) => ({ ...emptyLead(lead.kind ?? 'company'), ...lead }) as DraftLead);
  const [generic, ...others] = result.leads;
  if (generic) LeadBuilder.wrap(leads[0]).absorb(generic);
  return { ...result, leads: [...leads, ...others] };
}
