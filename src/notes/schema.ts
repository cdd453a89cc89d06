import { z } from 'astro/zod';

/**
 * Front matter is optional; every field that is there is strictly typed.
 * Missing values are derived later from the note's text (see read-note-facts.ts).
 */
const FIELDS = 'title, description, order, updated, tags, draft';

const fields = z.object({
  title: z.string({ error: 'expected text, e.g. title: LoRA-s Part I' }).trim().min(1, { error: 'expected a non-empty title' }).optional(),
  description: z
    .string({ error: 'expected text of 1 to 200 characters' })
    .trim()
    .min(1, { error: 'expected text of 1 to 200 characters, got an empty one' })
    .max(200, { error: 'expected at most 200 characters; shorten it' })
    .optional(),
  order: z.number({ error: 'expected a whole number, e.g. order: 2' }).int({ error: 'expected a whole number, e.g. order: 2' }).optional(),
  // YAML reads `2025-12-17` as a date and `"2025-12-17"` as text; both mean the same day.
  updated: z
    .preprocess(
      (value) => (typeof value === 'string' ? new Date(value) : value),
      z.date({ error: 'expected a date, e.g. updated: 2025-12-17' }),
    )
    .optional(),
  tags: z
    .array(z.string({ error: 'expected each tag to be text' }), { error: 'expected a list of tags, e.g. tags: [wan, speed]' })
    .optional(),
  draft: z.boolean({ error: 'expected true or false' }).optional(),
});

// Each unknown field fails under its own name, so a typo such as `tittle` is named, not passed over.
export const noteSchema = fields.loose().superRefine(
  (data, context) => {
    for (const key of Object.keys(data)) {
      if (!(key in fields.shape)) context.addIssue({ code: 'custom', path: [key], message: `unknown field: expected only ${FIELDS}` });
    }
  },
  // Run even when a known field failed, so every problem is reported in one build.
  { when: () => true },
);

export type NoteFrontmatter = z.infer<typeof fields>;
