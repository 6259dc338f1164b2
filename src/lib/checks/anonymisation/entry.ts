/**
 * Runs the anonymisation check over a whole review or briefing: every text field of the
 * frontmatter and the MDX body, line by line.
 */
import type { Problem } from '../../errors.ts';
import { createScanner, describeFinding, type AnonymisationContext } from './index.ts';

/** Fields that hold ids, slugs, addresses or the accepted phrases themselves, not prose. */
const NOT_PROSE = new Set(['themes', 'priorities', 'agencies', 'owners', 'sources', 'courses', 'sectors', 'audiences', 'ageGroups', 'href', 'format', 'kind', 'status', 'report', 'allowPhrases', 'booking']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Text {
  field: string;
  text: string;
}

function proseFields(value: unknown, path: string, out: Text[], dates: Set<string>): void {
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) dates.add(value);
    else out.push({ field: path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => proseFields(item, `${path}[${i}]`, out, dates));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!NOT_PROSE.has(key)) proseFields(item, path ? `${path}.${key}` : key, out, dates);
  }
}

/** MDX that is not prose (code, imports, tags, link targets) becomes spaces, lines kept. */
export function proseOfBody(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/^(?:import|export)\s.*$/gm, blank)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/\]\([^)]*\)/g, (s) => `]${blank(s.slice(1))}`)
    .replace(/https?:\/\/\S+/g, blank);
}

/**
 * Problems for every likely identifier in an entry that will be public.
 * @example checkAnonymisation({ file: 'content/reviews/q.mdx', data: { title: 'Child Q' }, body: 'Lived at 4 Elm Road.' }, { knownPhrases: [], publicContacts: [] })
 */
export function checkAnonymisation(entry: { file: string; data: Record<string, unknown>; body: string }, context: AnonymisationContext): Problem[] {
  const texts: Text[] = [];
  const dates = new Set<string>();
  proseFields(entry.data, '', texts, dates);
  const allowPhrases = (entry.data.allowPhrases as string[] | undefined) ?? [];
  const subject = typeof entry.data.subject === 'string' ? entry.data.subject : undefined;
  const scan = createScanner({ ...context, subject, allowPhrases, allowedDates: dates });
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const report = (field: string, line: number | undefined, text: string, narrative: boolean) => {
    for (const match of scan(text, narrative)) {
      const key = `${field}\u0000${match.phrase}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(describeFinding(entry.file, field, line, match, allowPhrases));
    }
  };
  for (const { field, text } of texts) report(field, undefined, text, false);
  proseOfBody(entry.body).split('\n').forEach((line, i) => line.trim() && report('body', i + 1, line, true));
  return problems;
}
