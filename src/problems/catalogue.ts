/**
 * Every problem `npm run check` and the build can report, by a code that never changes, so a
 * tool reading `check --json` (or an editor searching the docs) can rely on it. The message
 * of each problem is written where it is found, with the file's own values; the catalogue
 * gives its title and where to read more. docs/problems.md is generated from this file.
 */

export interface ProblemSpec {
  /** A short title, the same for every occurrence. */
  title: string;
  /** What the problem protects, and where to read more (a README section or docs page). */
  hint: string;
}

export const PROBLEMS = {
  'file-not-an-entry': { title: 'A file in a collection folder is not an entry', hint: 'Only .mdx and .md files are read in content/<collection>/. See "Files in a collection folder" in the README.' },
  'file-linked': { title: 'A content file is a link to another file', hint: 'Cascade reads only files kept inside content/, so nothing outside the project is read.' },
  'file-duplicate-slug': { title: 'Two files are one entry', hint: 'An entry is one file; x.md beside x.mdx would give two pages one address.' },
  'file-name': { title: 'A file name cannot be a web address', hint: 'A file name becomes the page address: lowercase letters, digits and hyphens.' },
  'file-not-plain': { title: 'A file in public/ or static/ is a link or not a plain file', hint: 'A link could carry any file on the computer into the site; Cascade publishes plain files only. See "Publishing safely" in the README.' },
  'file-route-taken': { title: 'A file name takes an address the site uses', hint: 'Listing pages, facets, feeds and calendars have fixed addresses; an entry cannot take one.' },
  'data-file-missing': { title: 'A data file is missing', hint: 'content/partnership.yaml, themes.yaml, agencies.yaml and sectors.yaml are required. See "Editing content" in the README.' },
  'yaml-invalid': { title: 'The fields are not valid YAML', hint: 'Check the indentation, `name: value` on each line, and quotes around text with a colon.' },
  'frontmatter-missing': { title: 'An entry has no fields', hint: 'An entry starts with `---`, its fields, then `---`.' },
  'field-required': { title: 'A required field is missing or empty', hint: 'docs/fields.md lists every field, whether it is required, and an example.' },
  'field-type': { title: 'A field has the wrong kind of value', hint: 'docs/fields.md gives the type and an example of every field.' },
  'field-value': { title: 'A field has a value that is not allowed', hint: 'docs/fields.md lists the allowed values of every field.' },
  'field-date': { title: 'A date is not written YYYY-MM-DD or does not exist', hint: 'Dates are written YYYY-MM-DD, e.g. 2025-03-14.' },
  'field-unknown': { title: 'A field Cascade does not know', hint: 'A misspelt field is ignored by nothing: it stops the build so the value is not lost.' },
  'field-url': { title: 'An address in a field is not allowed', hint: 'Addresses in fields start https://, http://, mailto:, tel: or / (a path on this site), judged as a browser reads them. See "Editing content" in the README.' },
  'field-rule': { title: 'A field breaks one of its rules', hint: 'The message names the rule (length, pattern, order of dates…); docs/fields.md has the details.' },
  'id-duplicate': { title: 'An id is used twice', hint: 'Each theme, agency and sector needs its own id.' },
  'reference-unknown': { title: 'A reference names nothing that exists', hint: 'References use another entry’s file name (without extension) or an id from a data file.' },
  'prerequisite-cycle': { title: 'Course prerequisites make a loop', hint: 'The training tree cannot lead a course back to itself.' },
  'seven-minute-sections': { title: 'A seven-minute briefing does not have seven sections', hint: 'A seven-minute briefing has exactly seven ## sections and prints on one page.' },
  'media-transcript': { title: 'A film or podcast has no transcript', hint: 'A video or podcast briefing needs a "## Transcript" section with what is said. See "Films and podcasts" in the README.' },
  'media-file-missing': { title: 'A film, recording, captions or poster file is not there', hint: 'Put the file under public/ (e.g. public/media/) and name it as /media/….' },
  'media-file-unreadable': { title: 'A film or recording cannot be played as its format says', hint: 'A film is MP4 or WebM with a picture; a recording is MP3, M4A or MP4. Export it again.' },
  'media-captions': { title: 'Captions are not WebVTT', hint: 'Captions are a WebVTT (.vtt) file: "WEBVTT", then cues of times and text. See "Films and podcasts" in the README.' },
  'brand-contrast': { title: 'Brand colours are too faint to read', hint: 'WCAG 2.2 AA asks for a contrast ratio of at least 4.5:1 for text.' },
  'body-code': { title: 'A body holds code', hint: 'A body is text, never code: `{…}` and import/export lines are refused. See "Writing the text" in the README.' },
  'body-html': { title: 'A body holds HTML outside the allow-list', hint: 'See "Writing the text" in the README for the HTML a body may use.' },
  'body-url': { title: 'A link or picture address is not allowed', hint: 'Links start https://, http://, mailto:, tel: or /; pictures are files on this site.' },
  'unfinished-placeholder': { title: 'The placeholder text is still there', hint: 'Write the section, or remove it; see "When something is wrong" in the README.' },
  'unfinished-section': { title: 'A section has nothing under it', hint: 'Write the section, or remove its heading.' },
  'unfinished-report': { title: 'A published report has no document', hint: '`report: published` needs the report under `documents`.' },
  'anonymisation': { title: 'Something could identify a child or family', hint: 'See "Publishing safely" in the README; accept a phrase with allowPhrases only if it is public on purpose.' },
  'retention-too-short': { title: 'A report would come down too soon', hint: '`retainUntil` must be at least retainMonths after `published` (partnership.yaml, 12 unless set).' },
  'checklist-incomplete': { title: 'The pre-publication checklist is not done', hint: 'With checklist: true, a review is public only with every check true.' },
  'document-missing': { title: 'A document’s file is not there', hint: 'Put the file under public/ (e.g. public/reports/) and link it as /reports/….' },
  'document-path': { title: 'A document path does not name a file inside public/', hint: 'Write the path of the file from public/, e.g. /reports/child-q.pdf; it must not climb out of public/ or name a folder.' },
  'document-folder': { title: 'A document sits where the site puts its own files', hint: 'Keep documents in a folder of their own under public/, such as public/reports/.' },
  'document-unreadable': { title: 'A document’s file is damaged', hint: 'A PDF cut short in a download or a save cannot be opened by readers; export it again.' },
  'document-facts': { title: 'A document’s size or format is not what the file is', hint: 'The site shows the real size and format, read from the file.' },
  'network-address': { title: 'A neighbour partnership’s address is not allowed', hint: 'content/network.yaml names each partnership’s Cascade site by its https:// address. See "Learning from other partnerships" in the README.' },
  'network-duplicate': { title: 'A neighbour partnership is listed twice', hint: 'List each partnership once in content/network.yaml.' },
  'neighbour-unavailable': { title: 'A neighbour partnership’s open data could not be read', hint: 'The build goes on with the last copy it read (or without that partnership) and says why. See "Learning from other partnerships" in the README.' },
  'calendar-data-ending': { title: 'The bank-holiday list is running out', hint: 'Add the next years’ bank holidays to src/lib/rules/data/bank-holidays-england-wales.json.' },
} as const satisfies Record<string, ProblemSpec>;

export type ProblemCode = keyof typeof PROBLEMS;

/**
 * Whether a string is a code in the catalogue.
 * @example isProblemCode('body-code') // true
 */
export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEMS, code);
}
