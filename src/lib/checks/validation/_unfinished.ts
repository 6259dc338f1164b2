import type { Problem } from '../../errors.ts';
import { emptyLevelTwoSections } from '../../markdown-sections.ts';
import { PLACEHOLDER_TEXT } from '../../authoring/scaffold.ts';
import type { RawEntry } from './index.ts';

/**
 * What shows an entry is not finished: the scaffold's placeholder text left in, a `##`
 * section with nothing under it, a review that says its report is published but links no
 * document. Each would go live looking broken.
 * @example checkUnfinished({ body: '## What happened\n\nWrite this section here.\n', … })[0].message // 'still has the placeholder …'
 */
export function checkUnfinished(entry: RawEntry): Problem[] {
  const offset = (entry.bodyLine ?? 1) - 1;
  const problems: Problem[] = [];
  const at = (code: Problem['code'], line: number, message: string): Problem => ({ code, file: entry.file, field: 'body', line: line + offset, message, severity: 'error' });
  entry.body.split(/\r\n|\r|\n/).forEach((line, i) => {
    const placeholder = PLACEHOLDER_TEXT.find((text) => line.includes(text));
    if (placeholder) problems.push(at('unfinished-placeholder', i + 1, `still has the placeholder "${placeholder}" that a new entry starts with. Write this part, or remove the line (and its heading if the section is not needed).`));
  });
  for (const section of emptyLevelTwoSections(entry.body)) {
    problems.push(at('unfinished-section', section.line, `the section "${section.text}" has nothing under it. Write it, or remove the heading.`));
  }
  const data = (entry.data ?? {}) as { report?: unknown; documents?: unknown };
  if (entry.collection === 'reviews' && data.report === 'published' && !(Array.isArray(data.documents) && data.documents.length > 0)) {
    problems.push({
      code: 'unfinished-report',
      file: entry.file,
      field: 'report',
      message: 'is "published", but `documents` lists no file, so the page would offer a report nobody can open. Add the report under `documents` (label, href, format), or set `report` to not-published or delayed.',
      severity: 'error',
    });
  }
  return problems;
}
