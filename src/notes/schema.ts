import { z } from 'astro/zod';

/**
 * Front matter is optional; every field that is there is strictly typed, and an
 * unknown field is an error (a typo such as `tittle` must not pass silently).
 * Missing values are derived later from the note's text (see derive-metadata.ts).
 */
const FIELDS = 'title, description, order, updated, tags, draft';

export const noteSchema = z
  .object(
    {
    title: z.string({ error: 'expected text, e.g. title: LoRA-s Part I' }).trim().min(1, { error: 'expected a non-empty title' }).optional(),
    description: z
      .string({ error: 'expected text of 1 to 200 characters' })
      .trim()
      .min(1, { error: 'expected text of 1 to 200 characters, got an empty one' })
      .max(200, { error: 'expected at most 200 characters; shorten it' })
      .optional(),
    order: z
      .number({ error: 'expected a whole number, e.g. order: 2' })
      .int({ error: 'expected a whole number, e.g. order: 2' })
      .optional(),
    // YAML reads `2025-12-17` as a date and `"2025-12-17"` as text; both mean the same day.
    updated: z
      .preprocess((value) => (typeof value === 'string' ? new Date(value) : value), z.date({ error: 'expected a date, e.g. updated: 2025-12-17' }))
      .optional(),
    tags: z.array(z.string({ error: 'expected each tag to be text' }), { error: 'expected a list of tags, e.g. tags: [wan, speed]' }).optional(),
    draft: z.boolean({ error: 'expected true or false' }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: expected only ${FIELDS}` : undefined,
    },
  )
  .strict();

export type NoteFrontmatter = z.infer<typeof noteSchema>;
