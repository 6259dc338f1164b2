// Collections = a loader + a schema. The schemas live in src/schemas/ so the validators and
// the CLI use the very same rules.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { mdxEntries } from './content/entry-loader.ts';
import { parse } from 'yaml';
import { AgencySchema, BriefingSchema, CourseSchema, NewsletterSchema, PageSchema, PartnershipSchema, PrioritySchema, ReviewSchema, SectorSchema, ThemeSchema } from './schemas/index.ts';

// CASCADE_CONTENT points the build at another content folder (tests, benchmarks).
const root = process.env.CASCADE_CONTENT ?? './content';
const mdx = (name: string) => mdxEntries(`${root}/${name}`);
const yamlFile = (name: string) => `${root}/${name}.yaml`;

export const collections = {
  reviews: defineCollection({ loader: mdx('reviews'), schema: ReviewSchema }),
  briefings: defineCollection({ loader: mdx('briefings'), schema: BriefingSchema }),
  courses: defineCollection({ loader: mdx('courses'), schema: CourseSchema }),
  priorities: defineCollection({ loader: mdx('priorities'), schema: PrioritySchema }),
  newsletters: defineCollection({ loader: mdx('newsletters'), schema: NewsletterSchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: PageSchema }),
  // partnership.yaml is one object; the file loader wants entries keyed by id.
  partnership: defineCollection({ loader: file(yamlFile('partnership'), { parser: (text) => ({ partnership: parse(text) }) }), schema: PartnershipSchema }),
  themes: defineCollection({ loader: file(yamlFile('themes'), { parser: (text) => parse(text) }), schema: ThemeSchema }),
  agencies: defineCollection({ loader: file(yamlFile('agencies'), { parser: (text) => parse(text) }), schema: AgencySchema }),
  sectors: defineCollection({ loader: file(yamlFile('sectors'), { parser: (text) => parse(text) }), schema: SectorSchema }),
};
