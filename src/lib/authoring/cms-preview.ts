/**
 * What the web editor's preview pane shows for an entry, from the form's data and its field
 * settings: values by the names the form offers (a kind's or agency's name, not its id) and
 * dates as the site writes them. Pure, so it is tested here and bundled into the admin script.
 */
import { formatDate } from '../dates.ts';

/** The parts of a form field (config.yml) the preview needs. */
export interface PreviewField {
  name: string;
  label?: string;
  widget?: string;
  options?: (string | { label: string; value: string })[];
}

export interface PreviewModel {
  /** The first choice field's name (a review's kind, a briefing's format), shown above the title. */
  kicker?: string;
  title: string;
  summary?: string;
  facts: { label: string; value: string }[];
  keyMessages: string[];
}

/**
 * A date as the site writes it, e.g. 2 November 2026; anything else as it is.
 * @example previewDateOf('2026-11-02') // '2 November 2026'
 */
export function previewDateOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
}

function namesOf(field: PreviewField, value: unknown): string[] {
  const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== undefined && v !== null && v !== '');
  return values.map((v) => {
    const option = field.options?.find((o) => typeof o === 'object' && o.value === v);
    return typeof option === 'object' ? option.label : String(v);
  });
}

/**
 * The preview of an entry: the facts are the choice and date fields that have a value.
 * @example previewModelOf({ title: 'A', kind: 'scr' }, [{ name: 'kind', widget: 'select', options: [{ label: 'Serious case review', value: 'scr' }] }]).kicker // 'Serious case review'
 */
export function previewModelOf(data: Readonly<Record<string, unknown>>, fields: readonly PreviewField[]): PreviewModel {
  const choices = fields.filter((f) => f.widget === 'select' && namesOf(f, data[f.name]).length > 0);
  const kicker = choices.find((f) => !Array.isArray(data[f.name]));
  const facts = fields.flatMap((f) => {
    if (f === kicker || f.name === 'draft') return [];
    if (f.widget === 'select' && choices.includes(f)) return [{ label: f.label ?? f.name, value: namesOf(f, data[f.name]).join(', ') }];
    if (f.widget === 'datetime' && typeof data[f.name] === 'string' && data[f.name]) return [{ label: f.label ?? f.name, value: previewDateOf(String(data[f.name])) }];
    return [];
  });
  return {
    kicker: kicker && namesOf(kicker, data[kicker.name])[0],
    title: String(data.title ?? ''),
    summary: typeof data.summary === 'string' && data.summary ? data.summary : undefined,
    facts,
    keyMessages: Array.isArray(data.keyMessages) ? data.keyMessages.map(String).filter(Boolean) : [],
  };
}
