import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createRouter } from '../../../lib/background/router';
import { handlers } from '../../../lib/background/handlers';
import { ArchiveDb, setDb, toRecord } from '../../../lib/db';
import { extractPage } from '../../../lib/extract';
import { importRecipesOf } from '../../../lib/recipes/archive-import';
import { withRecipes } from '../../../lib/recipes/capture';
import type { Recipe } from '../../../lib/recipes/schema';
import { selectorFor } from '../../../lib/recipes/selector';
import { loadRecipes, putRecipe, recipesFor } from '../../../lib/recipes/store';
import { parseImport } from '../../../lib/transfer/json';
import { exportJsonBlob } from '../../../lib/transfer/json-stream';
import { card } from '../transfer/cards';
import { parse } from './support';

// Taught recipes in the running extension: kept in browser.storage.local (WXT's fake browser here), served by the
// background's messages, applied at capture, and carried by the JSON export as an optional top-level key that
// older files simply lack.

const recipe = (over: Partial<Recipe> = {}): Recipe => ({
  id: 'r1',
  host: 'dock.example',
  name: 'Dockside',
  fields: { organization: ['[data-role="member-name"]'], phone: ['[data-role="member-tel"]'] },
  createdAt: 1000,
  ...over,
});

let db: ArchiveDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new ArchiveDb(`recipes-${Math.random()}`);
  setDb(db);
});
afterEach(async () => {
  setDb(null);
  await db.delete();
});

describe('recipe storage and messages', () => {
  const route = createRouter(handlers, () => true);
  const call = async (type: string, payload: unknown) => {
    const r = await route({ type, payload }, {});
    if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
    return r.data as Record<string, unknown>;
  };

  it('saves, lists, renames (stamped) and deletes through ui→bg messages', async () => {
    await call('ui→bg:saveRecipe', { recipe: recipe() });
    await call('ui→bg:saveRecipe', { recipe: recipe({ id: 'r2', host: 'other.example' }) });
    expect(((await call('ui→bg:listRecipes', {})).recipes as Recipe[]).map((r) => r.id)).toEqual(['r1', 'r2']);
    const { recipe: renamed } = (await call('ui→bg:saveRecipe', { recipe: recipe({ name: 'Members' }) })) as {
      recipe: Recipe;
    };
    expect(renamed.name).toBe('Members');
    expect(renamed.updatedAt).toBeGreaterThan(1000);
    expect(await call('ui→bg:deleteRecipe', { id: 'r2' })).toEqual({ deleted: true });
    expect(await call('ui→bg:deleteRecipe', { id: 'r2' })).toEqual({ deleted: false });
    expect((await loadRecipes()).map((r) => [r.id, r.name])).toEqual([['r1', 'Members']]);
  });

  it('refuses an invalid recipe at the boundary and drops a damaged stored one on read', async () => {
    await expect(call('ui→bg:saveRecipe', { recipe: { ...recipe(), host: 'Not A Host!' } })).rejects.toThrow(
      /invalid-request/,
    );
    await fakeBrowser.storage.local.set({ recipes: [recipe(), { id: 'broken' }] });
    expect((await loadRecipes()).map((r) => r.id)).toEqual(['r1']);
  });

  it('finds the recipes of a page by host', async () => {
    await putRecipe(recipe());
    expect(await recipesFor('https://dock.example/member/7')).toHaveLength(1);
    expect(await recipesFor('https://elsewhere.example/member/7')).toHaveLength(0);
    expect(await recipesFor('not a url')).toHaveLength(0);
  });
});

describe('capture with recipes', () => {
  const page = (n: number) => readFileSync(join(__dirname, `../../fixtures/e2e/taught/member-${n}.html`), 'utf8');
  const URL2 = 'https://dock.example/member-2.html';

  it('a recipe taught on one page reads another page of the site, the generic lead filling the rest', () => {
    const taught = parse(page(1), 'https://dock.example/member-1.html');
    const pick = (sel: string) => selectorFor(taught.querySelector(sel)!);
    const r = recipe({
      fields: { organization: pick('[data-role=member-name]'), contact: pick('[data-role=member-rep]') },
    });
    const doc = parse(page(2), URL2);
    const plain = extractPage(doc, URL2);
    expect(plain.leads[0]?.organization?.value).not.toBe('Fenwick Rope & Rigging');
    const out = withRecipes(plain, doc, [r]);
    expect(out.leads[0].organization).toMatchObject({ value: 'Fenwick Rope & Rigging', src: 'recipe' });
    expect(out.leads[0].persons.map((p) => p.value.name)).toContain('Tom Fenwick');
    // The phone came from the generic layers and is not doubled.
    const phones = out.leads[0].phones.map((p) => p.value);
    expect(phones).toContain('+441614960744');
    expect(new Set(phones).size).toBe(phones.length);
    expect(out.leads.length).toBe(plain.leads.length);
  });

  it('leaves the result alone with no recipe for the page, or on a page an adapter recognised', () => {
    const doc = parse(page(2), URL2);
    const plain = extractPage(doc, URL2);
    expect(withRecipes(plain, doc, [])).toBe(plain);
    const adapted = { ...plain, adapter: { id: 'x', pageType: 'supplier-profile', recognised: true } };
    expect(withRecipes(adapted, doc, [recipe()])).toBe(adapted);
  });
});

describe('recipes in the JSON archive export', () => {
  it('writes stored recipes as a top-level key of a whole-archive export and reads them back', async () => {
    await db.cards.add(toRecord(card({ name: 'Acme Ltd' })));
    await putRecipe(recipe());
    const text = await (await exportJsonBlob({}, db)).blob.text();
    const doc = JSON.parse(text) as { version: number; recipes: Recipe[]; leads: unknown[] };
    expect(doc.version).toBe(1);
    expect(doc.leads).toHaveLength(1);
    expect(doc.recipes).toEqual([recipe()]);
    expect(parseImport(text).recipes).toEqual([recipe()]);
  });

  it('leaves the key out of a chosen-cards export and of an archive with no recipes (files as before)', async () => {
    const c = card({ name: 'Acme Ltd' });
    await db.cards.add(toRecord(c));
    expect(await (await exportJsonBlob({}, db)).blob.text()).not.toContain('"recipes"');
    await putRecipe(recipe());
    const chosen = await (await exportJsonBlob({ ids: [c.id] }, db)).blob.text();
    expect(chosen).not.toContain('"recipes"');
    const old = parseImport(chosen);
    expect(old.recipes).toBeUndefined();
    expect(old.valid).toHaveLength(1);
  });

  it('imports the recipes of a file: new ones added, a newer one replaces, an older one and invalid ones do not', async () => {
    await putRecipe(recipe({ name: 'Kept' }));
    const file = (kept: Recipe) =>
      JSON.stringify({
        format: 'lead-archive',
        version: 1,
        exportedAt: new Date(0).toISOString(),
        leads: [],
        recipes: [recipe({ id: 'r2', host: 'new.example', name: 'New' }), kept, { id: 'bad' }],
      });
    expect(await importRecipesOf(file(recipe({ name: 'Older' })))).toEqual({ added: 1, updated: 0, invalid: 1 });
    expect((await loadRecipes()).map((r) => r.name)).toEqual(['Kept', 'New']);
    expect(await importRecipesOf(file(recipe({ name: 'Newer', updatedAt: 9e12 })))).toEqual({
      added: 0,
      updated: 1,
      invalid: 1,
    });
    expect((await loadRecipes()).map((r) => [r.id, r.name])).toEqual([
      ['r1', 'Newer'],
      ['r2', 'New'],
    ]);
    expect(await importRecipesOf('{"format":"lead-archive","version":1,"leads":[]}')).toEqual({
      added: 0,
      updated: 0,
      invalid: 0,
    });
  });
});
