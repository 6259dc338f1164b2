import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { IsoDateSchema, SlugSchema } from '../../schemas/index.ts';
import { entryFields } from './collection-fields.ts';
import { describeFields, exampleOf } from './schema-fields.ts';

const Sample = z
  .strictObject({
    title: z.string().min(1).describe('The title.'),
    kind: z.enum(['a', 'b']).describe('The kind.'),
    when: IsoDateSchema.optional().describe('A date.'),
    count: z.number().int().positive().default(3).describe('How many.'),
    tags: z.array(SlugSchema).default([]).describe('Tags.'),
    link: z.url().optional().describe('A link, e.g. https://example.org'),
    group: z.strictObject({ from: IsoDateSchema.describe('Start.') }).describe('A group.'),
  })
  .refine(() => true);

const fields = describeFields(Sample, [{ path: ['tags', '*'], target: 'themes' }]);
const field = (name: string) => fields.find((f) => f.name === name)!;

describe('describeFields', () => {
  test.each([
    ['title', 'text', true],
    ['kind', 'choice', true],
    ['when', 'date', false],
    ['count', 'integer', false],
    ['tags', 'list', false],
    ['link', 'url', false],
    ['group', 'object', true],
  ] as const)('reads %s as a %s field, required: %s', (name, type, required) => {
    expect(field(name)).toMatchObject({ type, required });
  });

  test('keeps the description, the default, the allowed values and the limits', () => {
    expect(field('kind')).toMatchObject({ description: 'The kind.', values: ['a', 'b'] });
    expect(field('count')).toMatchObject({ default: 3, min: 1 });
    expect(field('title').min).toBe(1);
  });

  test('marks the items of a list that name another collection', () => {
    expect(field('tags').item).toMatchObject({ type: 'text', reference: 'themes', pattern: expect.any(String) });
  });

  test('walks into groups of fields', () => {
    expect(field('group').fields?.map((f) => [f.name, f.type])).toEqual([['from', 'date']]);
  });

  test('sees through the refinement on the review schema to its fields', () => {
    expect(entryFields('reviews').map((f) => f.name)).toContain('recommendations');
    const owners = entryFields('reviews').find((f) => f.name === 'recommendations')!.item!.fields!.find((f) => f.name === 'owners')!;
    expect(owners.item?.reference).toBe('agencies');
  });
});

describe('exampleOf', () => {
  test.each([
    ['when', '2025-03-14'],
    ['kind', 'a'],
    ['count', 3],
    ['link', 'https://example.org'],
    ['tags', ['neglect']],
    ['group', { from: '2025-03-14' }],
  ] as const)('gives %s the example %j', (name, example) => {
    expect(exampleOf(field(name))).toEqual(example);
  });

  test('every example in the content model passes its own field’s schema', () => {
    for (const collection of ['reviews', 'briefings', 'courses', 'priorities', 'newsletters', 'pages'] as const) {
      for (const f of entryFields(collection)) expect(f.schema.safeParse(exampleOf(f)).success, `${collection}.${f.name}`).toBe(true);
    }
  });
});
