import { z } from 'zod';

// A recipe is what the user taught the extension about one site: for each field, the selectors of the element
// they clicked (alternatives, most robust first). Plain JSON, so recipes export and import with the archive.

export const RECIPE_FIELDS = [
  'organization',
  'contact',
  'title',
  'phone',
  'mobile',
  'fax',
  'email',
  'website',
  'address',
  'wechat',
  'qq',
  'whatsapp',
  'skype',
  'wangwang',
  'businessType',
  'mainProducts',
  'founded',
  'staff',
  'industry',
] as const;
export const RecipeField = z.enum(RECIPE_FIELDS);
export type RecipeField = z.infer<typeof RecipeField>;

/** A CSS selector, or `label:<text>` for "the value beside this visible label" (survives markup changes). */
export const RecipeSelector = z.string().min(1).max(500);

export const Recipe = z.object({
  id: z.string().min(1).max(80),
  /** Host name the recipe applies to (`www.example.com`), lower case. */
  host: z
    .string()
    .min(1)
    .max(253)
    .regex(/^[a-z0-9.-]+$/),
  /** Path glob (`/company/*`); every page of the host when absent. */
  pathPattern: z.string().max(300).optional(),
  /** Shown in the recipe list ("Acme directory company page"). */
  name: z.string().max(200).optional(),
  fields: z.partialRecord(RecipeField, z.array(RecipeSelector).min(1).max(10)),
  createdAt: z.number().int().min(0),
  updatedAt: z.number().int().min(0).optional(),
});
export type Recipe = z.infer<typeof Recipe>;

export const RECIPES_FORMAT = 'lead-archive-recipes';
export const RECIPES_VERSION = 1;

export const RecipeFile = z.object({
  format: z.literal(RECIPES_FORMAT),
  version: z.literal(RECIPES_VERSION),
  exportedAt: z.string(),
  recipes: z.array(z.unknown()).max(10000),
});
