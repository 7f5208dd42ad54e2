import type { CountryCode } from 'libphonenumber-js';
import { matchesAny } from '../extract/adapters/kit/match';
import { splitChineseAddress, splitWesternAddress } from '../extract/adapters/kit/address';
import { labelIndex } from '../extract/adapters/kit/labels';
import { companyLead, hasContent, type CompanyRead } from '../extract/adapters/kit/lead';
import { textOf } from '../extract/adapters/kit/text';
import { email, phoneValue, splitList, website, yearOrDate } from '../extract/adapters/kit/values';
import type { DraftLead, Found } from '../extract/types';
import type { Recipe, RecipeField } from './schema';

// Applying a taught recipe to a page of its site: each field's selectors are tried in order and the first that
// finds text gives the value. Values are marked src 'recipe' with the recipe id, a little below an adapter's
// confidence (the user clicked one page; the site's other pages may differ).

export const RECIPE_CONF = 0.85;

/** Whether the recipe is for this page: same host, and the path glob when it has one. */
export function recipeApplies(recipe: Recipe, url: URL | string): boolean {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (u.hostname.toLowerCase() !== recipe.host) return false;
  return !recipe.pathPattern || matchesAny([`*://${recipe.host}${recipe.pathPattern}`], u);
}

function read(doc: Document, selectors: readonly string[] | undefined, lines = false): { text: string; el?: Element } {
  let idx: ReturnType<typeof labelIndex> | undefined;
  for (const s of selectors ?? []) {
    if (s.startsWith('label:')) {
      idx ??= labelIndex(doc.body ?? doc);
      const text = idx.get([s.slice(6)], lines);
      if (text) return { text, el: idx.valueEl([s.slice(6)]) };
      continue;
    }
    let el: Element | null = null;
    try {
      el = doc.querySelector(s);
    } catch {
      continue; // a selector this browser cannot parse is skipped, not fatal
    }
    const text = el ? textOf(el, lines) : '';
    if (el && text) return { text, el };
  }
  return { text: '' };
}

function href(el: Element | undefined, scheme: RegExp): string | undefined {
  if (!el) return undefined;
  const a = el.matches('a[href]') ? el : el.querySelector('a[href]');
  const h = a?.getAttribute('href') ?? '';
  return scheme.test(h) ? h : undefined;
}

function relabel(lead: DraftLead): DraftLead {
  const visit = (f: Found<unknown> | undefined) => {
    if (f) Object.assign(f, { src: 'recipe', conf: RECIPE_CONF });
  };
  visit(lead.organization);
  for (const k of ['persons', 'phones', 'faxes', 'emails', 'websites', 'addresses', 'platformIds', 'orders'] as const)
    (lead[k] as Found<unknown>[]).forEach(visit);
  Object.values(lead.im).forEach((xs) => xs?.forEach(visit));
  Object.values(lead.profile).forEach((f) => visit(f as Found<unknown>));
  return lead;
}

export function applyRecipe(doc: Document, recipe: Recipe, country?: CountryCode): Partial<DraftLead> {
  const f = (k: RecipeField, lines = false) => read(doc, recipe.fields[k], lines);
  const cn = country === 'CN' || /[\u4e00-\u9fff]/.test(doc.title);
  const addr = f('address', true).text;
  const phones = (k: RecipeField) => {
    const r = f(k);
    const v = phoneValue(href(r.el, /^tel:/i)?.slice(4) ?? r.text, country);
    return v ? [v] : [];
  };
  const contact = f('contact').text;
  const title = f('title').text;
  const mail = f('email');
  const site = f('website');
  const im: CompanyRead['im'] = {};
  for (const k of ['wechat', 'qq', 'whatsapp', 'skype', 'wangwang'] as const) {
    const v = f(k).text;
    if (v) im[k] = [v];
  }
  const c: CompanyRead = {
    organization: f('organization').text || undefined,
    persons: contact ? [{ name: contact, ...(title ? { title } : {}), phones: [], emails: [] }] : [],
    phones: [...phones('phone'), ...phones('mobile')],
    faxes: phones('fax'),
    emails: [email(href(mail.el, /^mailto:/i) ?? mail.text)].filter((x): x is string => !!x),
    websites: [website(href(site.el, /^https?:/i) ?? site.text)].filter((x): x is string => !!x),
    addresses: addr
      ? [cn ? splitChineseAddress(addr.replace(/\n/g, ' '), 'office') : splitWesternAddress(addr.split('\n'), 'office')]
      : [],
    im,
    businessType: f('businessType').text || undefined,
    mainProducts: splitList(f('mainProducts').text),
    founded: yearOrDate(f('founded').text),
    staff: f('staff').text || undefined,
    industry: f('industry').text || undefined,
  };
  return relabel(companyLead(recipe.id, c));
}

/**
 * The recipes taught for this page's site applied to it, most recently changed first; recipes that find
 * nothing are left out. For the extraction pipeline: a recipe's lead comes after an adapter's, before the generic
 * layers.
 */
export function runRecipes(
  doc: Document,
  url: URL | string,
  recipes: readonly Recipe[],
  country?: CountryCode,
): { id: string; lead: Partial<DraftLead> }[] {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return [];
  }
  return recipes
    .filter((r) => recipeApplies(r, u))
    .sort((a, b) => (b.updatedAt ?? b.createdAt) - (a.updatedAt ?? a.createdAt))
    .map((r) => ({ id: r.id, lead: applyRecipe(doc, r, country) }))
    .filter(({ lead }) => hasContent(lead as DraftLead));
}
