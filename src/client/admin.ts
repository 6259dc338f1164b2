/**
 * The web editor's own script, loaded after Decap on /admin/: saves entries in Cascade's file
 * format (keys in form order, YAML never folded: one changed field, one changed diff) and
 * styles the preview pane with the site's own stylesheet. Bundled by src/integrations/admin.ts.
 */
import { entryDataOf, entryTextOf } from '../lib/entry-text.ts';

interface DecapCms {
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>, order?: string[]): string }): void;
  registerPreviewStyle(href: string): void;
}

const cms = (window as unknown as { CMS: DecapCms }).CMS;
const script = document.currentScript as HTMLScriptElement | null;

cms.registerCustomFormat('cascade-mdx', 'mdx', {
  fromFile: entryDataOf,
  toFile: (data, order = []) => entryTextOf(data, order),
});
for (const href of (script?.dataset.previewStyles ?? '').split(' ').filter(Boolean)) cms.registerPreviewStyle(href);
