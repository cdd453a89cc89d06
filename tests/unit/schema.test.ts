import { describe, expect, it } from 'vitest';
import { noteSchema } from '../../src/notes/schema.ts';

/** `field: message` for each problem, as the build prints them. */
function problems(data: unknown): string[] {
  const result = noteSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('note front matter schema', () => {
  it('accepts no front matter at all', () => {
    expect(problems({})).toEqual([]);
  });

  it('accepts every field well typed', () => {
    const data = { title: 'Part I', description: 'Speed LoRAs.', order: 2, updated: '2025-12-17', tags: ['wan'], draft: false };
    const result = noteSchema.parse(data);
    expect(result.updated).toEqual(new Date('2025-12-17'));
    expect(result.order).toBe(2);
  });

  it.each([
    [{ title: 5 }, 'title: expected text, e.g. title: LoRA-s Part I'],
    [{ title: '  ' }, 'title: expected a non-empty title'],
    [{ description: '' }, 'description: expected text of 1 to 200 characters, got an empty one'],
    [{ description: 'x'.repeat(201) }, 'description: expected at most 200 characters; shorten it'],
    [{ description: ['a'] }, 'description: expected text of 1 to 200 characters'],
    [{ order: 'two' }, 'order: expected a whole number, e.g. order: 2'],
    [{ order: 1.5 }, 'order: expected a whole number, e.g. order: 2'],
    [{ updated: 'yesterday' }, 'updated: expected a date, e.g. updated: 2025-12-17'],
    [{ updated: 20251217 }, 'updated: expected a date, e.g. updated: 2025-12-17'],
    [{ tags: 'wan' }, 'tags: expected a list of tags, e.g. tags: [wan, speed]'],
    [{ tags: ['wan', 3] }, 'tags.1: expected each tag to be text'],
    [{ draft: 'yes' }, 'draft: expected true or false'],
    [{ tittle: 'x' }, 'tittle: unknown field: expected only title, description, order, updated, tags, draft'],
  ])('rejects %j', (data, message) => {
    expect(problems(data)).toEqual([message]);
  });

  it('reports every bad field at once, unknown ones included', () => {
    expect(problems({ title: 1, order: 'x', slug: 'a' })).toEqual([
      'title: expected text, e.g. title: LoRA-s Part I',
      'order: expected a whole number, e.g. order: 2',
      'slug: unknown field: expected only title, description, order, updated, tags, draft',
    ]);
  });
});
