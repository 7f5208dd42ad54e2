import { z } from 'zod';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../reminders/rules';
import { Filter } from './filter';
import { COLUMNS, DEFAULT_COLUMNS, DEFAULT_SORT, type Column, type Sort } from './sort';

// The workspace's settings: chosen columns, saved views, grade labels and reminder rules. They are the user's
// preferences, not archive data, so they live in extension storage (readable by the background for reminders).

const PerGrade = z.object({
  A: z.number().int().min(0),
  B: z.number().int().min(0),
  C: z.number().int().min(0),
  none: z.number().int().min(0),
});

export const SavedView = z.object({
  name: z.string().min(1).max(100),
  text: z.string().max(500).default(''),
  filter: Filter,
  sort: z.object({ col: z.enum(COLUMNS), dir: z.enum(['asc', 'desc']) }).optional(),
});
export type SavedView = z.infer<typeof SavedView>;

export const Prefs = z.object({
  columns: z.array(z.enum(COLUMNS)).min(1).default(DEFAULT_COLUMNS),
  sort: z.object({ col: z.enum(COLUMNS), dir: z.enum(['asc', 'desc']) }).default(DEFAULT_SORT),
  views: z.array(SavedView).default([]),
  /** Grade names shown instead of the defaults (重要/特殊/一般, key/special/ordinary). Empty = default. */
  gradeLabels: z
    .object({ A: z.string().max(40), B: z.string().max(40), C: z.string().max(40) })
    .partial()
    .default({}),
  reminders: z
    .object({ noContactDays: PerGrade, reviewMonths: PerGrade, notify: z.boolean().default(true) })
    .default({ ...DEFAULT_REMINDER_SETTINGS, notify: true }),
});
export type Prefs = z.infer<typeof Prefs>;
export type { Column, Sort, ReminderSettings };

export const PREFS_KEY = 'workspacePrefs';

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function area(): Area | null {
  const g = globalThis as { browser?: { storage?: { local?: Area } }; chrome?: { storage?: { local?: Area } } };
  return g.browser?.storage?.local ?? g.chrome?.storage?.local ?? null;
}

/** The saved preferences, with defaults for anything missing or unreadable. */
export async function loadPrefs(): Promise<Prefs> {
  const a = area();
  const raw = a ? (await a.get(PREFS_KEY))[PREFS_KEY] : undefined;
  const parsed = Prefs.safeParse(raw ?? {});
  return parsed.success ? parsed.data : Prefs.parse({});
}

export async function savePrefs(prefs: Prefs): Promise<void> {
  await area()?.set({ [PREFS_KEY]: Prefs.parse(prefs) });
}
