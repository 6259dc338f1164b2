/**
 * The web editor's own script, loaded after Decap on /admin/: saves entries in Cascade's file
 * format (keys in form order, YAML never folded: one changed field, one changed diff) and
 * makes the preview pane read like the site: its stylesheet, its layout classes, and the
 * names of kinds, themes and agencies instead of their ids. Bundled by src/integrations/admin.ts.
 */
import { entryDataOf, entryTextOf } from '../lib/authoring/entry-text.ts';
import { previewModelOf, type PreviewField } from '../lib/authoring/cms-preview.ts';
import { characterCountOf } from '../lib/authoring/cms-words.ts';

type Element = unknown;
interface Immutable {
  toJS(): unknown;
}
interface PreviewProps {
  entry: { get(key: 'data'): Immutable };
  collection: { get(key: 'fields'): Immutable };
  widgetFor(name: string): Element;
}
interface ControlProps {
  value?: string;
  onChange(value: string): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  field: { get(key: string): unknown };
}
interface DecapCms {
  registerWidget(name: string, control: (props: ControlProps) => Element, preview?: (props: { value?: string }) => Element): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>, order?: string[]): string }): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => Element): void;
}

const decap = window as unknown as {
  CMS: DecapCms;
  h: (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;
  createClass(spec: { render(this: { props: ControlProps }): Element }): (props: ControlProps) => Element;
};
const { CMS: cms, h } = decap;
const script = document.currentScript as HTMLScriptElement | null;
const listOf = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

cms.registerCustomFormat('cascade-mdx', 'mdx', {
  fromFile: entryDataOf,
  toFile: (data, order = []) => entryTextOf(data, order),
});
for (const href of listOf(script?.dataset.previewStyles)) cms.registerPreviewStyle(href);

/**
 * A text area with a live count of its characters against the field's limit (`maxlength` in
 * config.yml), which Decap's own text widget lacks. The limit itself is enforced by the
 * field's pattern, so the form refuses a longer text on save, as the build would.
 */
function countedText(props: ControlProps): Element {
  const { value = '', onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle, field } = props;
  const max = Number(field.get('maxlength'));
  const over = value.length > max;
  return h(
    'div',
    null,
    h('textarea', { id: forID, className: classNameWrapper, value, rows: 4, style: { resize: 'vertical', minHeight: '6rem', fontFamily: 'inherit' }, 'aria-describedby': `${forID}-count`, onChange: (event: { target: { value: string } }) => onChange(event.target.value), onFocus: setActiveStyle, onBlur: setInactiveStyle }),
    h('p', { id: `${forID}-count`, 'aria-live': over ? 'polite' : 'off', style: { margin: '.25rem 0 0', fontSize: '.85rem', fontWeight: over ? 700 : 400, color: over ? '#b00020' : '#4a4a4a' } }, characterCountOf(value, max)),
  );
}
// A class component (Decap's createClass): Decap validates a widget (required, pattern)
// through a ref to its control, which a function component does not give.
const CountedText = decap.createClass({
  render(this: { props: ControlProps }) {
    return countedText(this.props);
  },
});
cms.registerWidget('counted-text', CountedText, ({ value }) => h('p', null, value ?? ''));

/** An entry as its page shows it: kind above the title, the summary, facts by name, then the text. */
function EntryPreview({ entry, collection, widgetFor }: PreviewProps): Element {
  const model = previewModelOf(entry.get('data').toJS() as Record<string, unknown>, collection.get('fields').toJS() as PreviewField[]);
  return h(
    'main',
    null,
    h(
      'div',
      { className: 'container' },
      model.kicker && h('p', { className: 'meta' }, model.kicker),
      h('h1', null, model.title),
      model.summary && h('p', { className: 'lede' }, model.summary),
      model.facts.length > 0 && h('dl', { className: 'summary-list' }, ...model.facts.flatMap((f) => [h('dt', null, f.label), h('dd', null, f.value)])),
      model.keyMessages.length > 0 && h('h2', null, 'Key messages'),
      model.keyMessages.length > 0 && h('ul', null, ...model.keyMessages.map((m) => h('li', null, m))),
      h('div', { className: 'prose' }, widgetFor('body')),
    ),
  );
}
for (const name of listOf(script?.dataset.collections)) cms.registerPreviewTemplate(name, EntryPreview);
