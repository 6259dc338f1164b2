/**
 * The web editor's words: the labels, hints and option names an editor reads in the form.
 * The schemas' descriptions are written for the field reference (ids, file paths, formats);
 * here they become what a business-team editor needs, and every enum shows the site's own names.
 */
import { COLLECTION_NAMES, COLLECTIONS } from '../../collections.ts';
import * as LABELS from '../labels.ts';
import type { FieldInfo } from './schema-fields.ts';

/** Field names whose generated label ("Pagefind", "Href") means nothing to an editor. */
const FIELD_LABELS: Record<string, string> = {
  pagefind: 'Show in site search',
  href: 'File',
  bytes: 'File size',
  keyMessages: 'Key messages',
  ageGroups: 'Age groups',
  durationMinutes: 'Length in minutes',
  goodPractice: 'Good practice found',
  allowPhrases: 'Phrases accepted after the anonymisation check',
  retainUntil: 'Keep the report files online until',
  contentNotice: 'Show a support notice',
  subject: 'Subject (pseudonym, e.g. Child Q)',
  rapidReview: 'Rapid review completed',
  familyInformed: 'The family has been told',
  panelSent: 'Sent to the national Panel',
  proceedingsClear: 'No parallel proceedings in the way',
};

/** Hints for fields that name other content: the editor picks from a list, not from a file. */
const FIELD_HINTS: Record<string, string> = {
  summary: 'One or two sentences, at most 300 characters (spaces count). Shown in listings, search results and feeds.',
  themes: 'Pick the themes this is about. Each theme’s page gathers everything tagged with it.',
  priorities: 'Pick the partnership priorities this serves.',
  agencies: 'Pick the agencies involved in the review.',
  owners: 'Pick the agencies responsible for it.',
  sectors: 'Pick the roles it is for: it then appears on their “I work in…” pages.',
  sources: 'Pick the reviews the learning comes from. Leave empty for national research or a theme.',
  courses: 'Pick the related courses.',
  prerequisites: 'Pick the courses to take first.',
  pagefind: 'Untick to leave this page out of the site search.',
  contentNotice: 'Leave it alone to follow the themes: a page about a child’s death or serious harm shows a support notice. Tick to always show it; untick to leave it off.',
  href: 'Upload the file (it is saved in the site’s reports folder) or choose one already there. A full https:// address works too.',
  level: 'Where the course sits in the training tree: foundation courses are the roots everyone needs, core the multi-agency trunk, specialist the branches.',
  format: 'A 7-minute briefing needs exactly seven numbered sections; a new briefing starts with them. For another format, change the headings in the text.',
};

/**
 * The label above a field.
 * @example editorLabelOf('pagefind') // 'Show in site search'
 */
export function editorLabelOf(name: string): string {
  if (FIELD_LABELS[name]) return FIELD_LABELS[name];
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The help under a field: the schema's description without what the form already shows (the
 * date format, the list of values, "Optional."), or words of its own for fields that name ids.
 * @example editorHintOf({ name: 'due', description: 'When it is due (YYYY-MM-DD). Optional.', … }) // 'When it is due.'
 */
export function editorHintOf(field: FieldInfo): string {
  const own = FIELD_HINTS[field.name];
  if (own && (field.name !== 'format' || field.values?.includes('seven-minute'))) return own;
  return field.description
    .replace(/\s*\(YYYY-MM-DD\)/g, '')
    .replace(/(?::\s*|^)[\w-]+(?:\s*\|\s*[\w-]+)+\.?/g, '.')
    .replace(/^\.\s*/, '')
    .replace(/\s*\b(?:Required|Optional|Default [\w-]+)\.(?=\s|$)/g, '')
    .trim();
}

const LABEL_SETS: Record<string, string>[] = [
  ...Object.values(LABELS).filter((v): v is Record<string, string> => typeof v === 'object'),
  // A choice of collection (a newsletter's featured entries) reads as the registry names one entry.
  Object.fromEntries(COLLECTION_NAMES.map((name) => [name, COLLECTIONS[name].one])),
];

/**
 * A select's options as {label, value}: the names the site itself shows for these values.
 * @example editorOptionsOf(['scr', 'sar']) // [{ label: 'Serious case review', value: 'scr' }, …]
 */
export function editorOptionsOf(values: readonly string[]): { label: string; value: string }[] {
  const labels = LABEL_SETS.find((set) => values.every((v) => v in set)) ?? {};
  return values.map((value) => ({ label: labels[value] ?? value, value }));
}

/**
 * The counter under a text with a length limit: how much is used, or how much too much.
 * @example characterCountOf('x'.repeat(308), 300) // '8 characters too many (at most 300)'
 */
export function characterCountOf(text: string, max: number): string {
  // UTF-16 units, as the schema (zod .max) and the form's pattern count them.
  const length = text.length;
  if (length > max) return `${length - max} character${length - max === 1 ? '' : 's'} too many (at most ${max})`;
  return `${length} of ${max} characters`;
}
