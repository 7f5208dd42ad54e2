import { z } from 'zod';
import { GRADES, LIFECYCLES, STAGES, VALUE_TIERS } from '../card/schema';

// The shape of a bulk classification change, shared by the message protocol and the workspace operations.
export const BulkChange = z.object({
  /** null clears the value; absent leaves it. */
  grade: z.enum(GRADES).nullable().optional(),
  valueTier: z.enum(VALUE_TIERS).nullable().optional(),
  lifecycle: z.enum(LIFECYCLES).nullable().optional(),
  stage: z.enum(STAGES).nullable().optional(),
  addTags: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
  removeTags: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
});
export type BulkChange = z.infer<typeof BulkChange>;
