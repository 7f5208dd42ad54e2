import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRecipe, recipeApplies, runRecipes } from '../../../lib/recipes/apply';
import { Recipe } from '../../../lib/recipes/schema';
import { selectorFor } from '../../../lib/recipes/selector';
import { exportRecipes, importRecipes } from '../../../lib/recipes/transfer';
import { FIXTURES, parse, project } from './support';

// Taught recipes: the user clicks elements on one page of a site no adapter knows; the recipe built from those
// clicks must read the site's other pages, never depend on presentational classes or generated ids, and travel
// as JSON.

const page = (name: string, url: string) => parse(readFileSync(join(FIXTURES, '_recipes', name), 'utf8'), url);
const URL_A = 'https://directory.acme.example/company/harbor-valve';
const URL_B = 'https://directory.acme.example/company/quincy-pump';

function teach(): Recipe {
  const doc = page('company-a.html', URL_A);
  const clicked = {
    organization: doc.querySelector('#ember4821')!,
    phone: doc.querySelectorAll('.val')[0],
    contact: doc.querySelectorAll('.val')[1],
    email: doc.querySelector('a[href^="mailto:"]')!,
    address: doc.querySelector('.addr')!,
    mainProducts: doc.querySelectorAll('.val')[3],
  };
  const fields = Object.fromEntries(Object.entries(clicked).map(([k, el]) => [k, selectorFor(el)]));
  return Recipe.parse({
    id: 'acme-company',
    host: 'directory.acme.example',
    pathPattern: '/company/*',
    fields,
    createdAt: 1,
  });
}

describe('selectorFor', () => {
  const recipe = teach();
  it('gives each clicked element a selector, never by class name or generated id', () => {
    for (const [field, sels] of Object.entries(recipe.fields)) {
      expect(sels!.length, field).toBeGreaterThan(0);
      for (const s of sels!) {
        expect(s, field).not.toMatch(/\.[a-z]|class|ember4821/i);
      }
    }
  });
  it('prefers the visible label for labelled values', () => {
    expect(recipe.fields.phone![0]).toBe('label:Tel');
    expect(recipe.fields.contact![0]).toBe('label:Contact');
    expect(recipe.fields.mainProducts![0]).toBe('label:Products');
  });
  it('every CSS alternative selects exactly the clicked element on the page it was taught on', () => {
    const doc = page('company-a.html', URL_A);
    const el = doc.querySelector('.addr')!;
    const css = selectorFor(el).filter((s) => !s.startsWith('label:'));
    expect(css.length).toBeGreaterThan(0);
    for (const s of css) expect(doc.querySelectorAll(s)).toHaveLength(1);
    for (const s of css) expect(doc.querySelector(s)).toBe(el);
  });
  it('uses a stable id or data hook when there is one', () => {
    const doc = parse('<div><p id="company-phone">1</p><span data-testid="fax">2</span><b id="react-123">3</b></div>');
    expect(selectorFor(doc.querySelector('p')!)[0]).toBe('#company-phone');
    expect(selectorFor(doc.querySelector('span')!)[0]).toBe('span[data-testid="fax"]');
    expect(selectorFor(doc.querySelector('b')!).join(' ')).not.toContain('react-123');
  });
});

describe('applyRecipe', () => {
  const recipe = teach();
  it('reads another page of the same site', () => {
    // The pipeline passes the page's region (here a .example host in English: US) for phone numbers.
    const lead = applyRecipe(page('company-b.html', URL_B), recipe, 'US');
    expect(project(lead)).toEqual({
      kind: 'company',
      organization: 'Quincy Pump Works',
      persons: [{ name: 'Luis Ortega', phones: [], emails: [] }],
      phones: ['+16175550188'],
      emails: ['info@quincypump.example'],
      addresses: [
        {
          kind: 'office',
          raw: '4 Granite Way, Quincy, MA 02169',
          street: '4 Granite Way',
          city: 'Quincy',
          region: 'MA',
          postcode: '02169',
          country: 'US',
        },
      ],
      profile: { mainProducts: ['Centrifugal pumps'] },
    });
  });
  it('marks every value as coming from this recipe', () => {
    const lead = applyRecipe(page('company-b.html', URL_B), recipe);
    expect(lead.organization).toMatchObject({ src: 'recipe', by: 'acme-company', conf: 0.85 });
    expect(lead.phones![0]).toMatchObject({ src: 'recipe', by: 'acme-company' });
  });
  it('returns an empty lead, without throwing, when nothing matches or a selector is malformed', () => {
    const broken = { ...recipe, fields: { organization: ['div[[[', 'label:Nope'], phone: ['#missing'] } };
    const lead = applyRecipe(parse('<p>hello</p>'), broken);
    expect(project(lead)).toEqual({ kind: 'company' });
  });
  it('applies only to its host and path', () => {
    expect(recipeApplies(recipe, URL_B)).toBe(true);
    expect(recipeApplies(recipe, 'https://directory.acme.example/search?q=valves')).toBe(false);
    expect(recipeApplies(recipe, 'https://evil.example/company/x')).toBe(false);
    expect(recipeApplies({ ...recipe, pathPattern: undefined }, 'https://directory.acme.example/anything')).toBe(true);
  });
});

describe('runRecipes', () => {
  const recipe = teach();
  it("applies the site's recipes that find something, newest first", () => {
    const doc = page('company-b.html', URL_B);
    const other = { ...recipe, id: 'other-site', host: 'other.example' };
    const empty = { ...recipe, id: 'finds-nothing', fields: { phone: ['#nope'] }, createdAt: 5 };
    const newer = { ...recipe, id: 'newer', createdAt: 9 };
    expect(runRecipes(doc, URL_B, [recipe, other, empty, newer]).map((r) => r.id)).toEqual(['newer', 'acme-company']);
    expect(runRecipes(doc, 'not a url', [recipe])).toEqual([]);
  });
});

describe('recipe JSON', () => {
  const recipe = teach();
  it('exports and imports unchanged', () => {
    const back = importRecipes(exportRecipes([recipe], new Date(0)));
    expect(back).toEqual({ recipes: [recipe], invalid: [] });
  });
  it('keeps the valid recipes of a file and reports the invalid ones', () => {
    const text = JSON.stringify({
      format: 'lead-archive-recipes',
      version: 1,
      exportedAt: 'x',
      recipes: [recipe, { ...recipe, host: 'Bad Host!' }, { id: 'x' }],
    });
    const r = importRecipes(text);
    expect(r.recipes).toEqual([recipe]);
    expect(r.invalid.map((i) => i.index)).toEqual([1, 2]);
    expect(r.invalid[0].reason).toMatch(/^host/);
  });
  it('rejects what is not a recipe file', () => {
    expect(importRecipes('{').error).toBe('not-json');
    expect(importRecipes('{"format":"lead-archive","version":1}').error).toBe('not-recipes');
    expect(importRecipes('[]')).toEqual({ recipes: [], invalid: [] });
  });
  it('rejects unknown fields names and empty selector lists', () => {
    expect(Recipe.safeParse({ ...recipe, fields: { colour: ['p'] } }).success).toBe(false);
    expect(Recipe.safeParse({ ...recipe, fields: { phone: [] } }).success).toBe(false);
  });
});
