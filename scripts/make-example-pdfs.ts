/**
 * npm run make-example-pdfs: writes the PDF files the example reviews link to
 * (public/reports/*.pdf), each made from its own review's text, so the example site has
 * real documents to size, count and search. Run it again after editing an example review.
 * Usage: node scripts/make-example-pdfs.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { readContent } from '../src/content/read-content.ts';
import { PUBLIC_DIR } from '../src/build/documents.ts';
import { localDocumentPath } from '../src/lib/checks/document-path.ts';
import { formatDate } from '../src/lib/dates.ts';
import { labelOf, REVIEW_KIND_LABELS, STATUS_LABELS } from '../src/lib/labels.ts';
import { validateContent } from '../src/lib/checks/validation/index.ts';
import type { Review } from '../src/schemas/index.ts';

const contentDir = process.env.CASCADE_CONTENT ?? 'content';
const { content } = validateContent(await readContent(path.resolve(contentDir)));
const partnership = content.partnership!;
const agencyName = (id: string) => content.agencies.find((a) => a.id === id)?.name ?? id;

type Block = { text: string; size: number; bold?: boolean; gap?: number; newPage?: boolean };

/** Markdown as plain paragraphs: headings, list items and table rows each on their own. */
function blocksOfMarkdown(body: string): Block[] {
  return body
    .split(/\n{2,}/)
    .flatMap((para) => para.split('\n').filter((line) => /^\s*([-*]|\|)/.test(line)).length ? para.split('\n') : [para.replace(/\n/g, ' ')])
    .map((line) => line.trim())
    .filter((line) => line && !/^\|?\s*-{3}/.test(line))
    .map((line): Block => {
      const plain = line.replace(/\*\*|__|`/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
      if (plain.startsWith('## ')) return { text: plain.slice(3), size: 14, bold: true, gap: 10 };
      if (/^[-*] /.test(plain)) return { text: `• ${plain.slice(2)}`, size: 11 };
      if (plain.startsWith('|')) return { text: plain.split('|').map((c) => c.trim()).filter(Boolean).join(' — '), size: 11 };
      return { text: plain, size: 11 };
    });
}

function fullReport(review: Review, body: string, slug: string): Block[] {
  return [
    { text: review.title, size: 20, bold: true },
    { text: labelOf(REVIEW_KIND_LABELS, review.kind), size: 12, gap: 8 },
    { text: `${partnership.name}. Published ${formatDate(review.published)}.`, size: 12 },
    ...(review.author ? [{ text: `Author: ${review.author}.`, size: 12 }] : []),
    { text: `Document reference: ${partnership.shortName.toLowerCase()}${slug.replace(/-/g, '')}`, size: 10, gap: 24 },
    { text: 'Summary', size: 14, bold: true, newPage: true },
    { text: review.summary, size: 11 },
    { text: 'Key messages', size: 14, bold: true, gap: 10 },
    ...review.keyMessages.map((m) => ({ text: `• ${m}`, size: 11 })),
    { text: '', size: 11, newPage: true },
    ...blocksOfMarkdown(body),
    ...(review.recommendations.length ? [{ text: 'Recommendations', size: 14, bold: true, newPage: true }] : []),
    ...recommendationBlocks(review),
  ];
}

function recommendationBlocks(review: Review): Block[] {
  return review.recommendations.flatMap((rec) => [
    { text: `${rec.id}. ${rec.text}`, size: 11, bold: true, gap: 6 },
    { text: `Owners: ${rec.owners.map(agencyName).join(', ')}. Due ${formatDate(rec.due)}. Status: ${labelOf(STATUS_LABELS, rec.status)}.`, size: 11 },
    ...(rec.impact ? [{ text: `Impact: ${rec.impact}`, size: 11 }] : []),
  ]);
}

function blocksFor(label: string, review: Review, body: string, slug: string): Block[] {
  const heading = (text: string): Block[] => [{ text, size: 18, bold: true }, { text: `${review.title}. ${partnership.name}.`, size: 12, gap: 12 }];
  if (/response/i.test(label)) return [...heading('Partnership response'), { text: 'The partnership accepted the recommendations. Progress on each:', size: 11 }, ...recommendationBlocks(review)];
  if (/full|report/i.test(label) && !/summary|result/i.test(label)) return fullReport(review, body, slug);
  return [...heading(label), { text: review.summary, size: 11 }, { text: 'Key messages', size: 14, bold: true, gap: 10 }, ...review.keyMessages.map((m) => ({ text: `• ${m}`, size: 11 }))];
}

/** Keeps to the characters the standard PDF fonts can draw. */
function drawable(text: string, font: PDFFont): string {
  const allowed = new Set(font.getCharacterSet());
  return [...text.replace(/→/g, '->').replace(/≥/g, '>=').replace(/≤/g, '<=')].map((c) => (allowed.has(c.codePointAt(0)!) ? c : '?')).join('');
}

async function render(blocks: Block[], title: string, published: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fixed = new Date(`${published}T00:00:00Z`);
  pdf.setTitle(title);
  pdf.setAuthor(partnership.name);
  pdf.setProducer('Cascade example content');
  pdf.setCreator('scripts/make-example-pdfs.ts');
  pdf.setCreationDate(fixed);
  pdf.setModificationDate(fixed);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height, margin] = [595, 842, 56];
  let page: PDFPage = pdf.addPage([width, height]);
  let y = height - margin;
  for (const block of blocks) {
    if (block.newPage && y < height - margin) {
      page = pdf.addPage([width, height]);
      y = height - margin;
    }
    const font = block.bold ? bold : regular;
    y -= block.gap ?? 0;
    const words = drawable(block.text, font).split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    for (const word of words) {
      const last = lines.at(-1);
      if (last !== undefined && font.widthOfTextAtSize(`${last} ${word}`, block.size) <= width - 2 * margin) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    for (const line of lines) {
      if (y < margin + block.size) {
        page = pdf.addPage([width, height]);
        y = height - margin;
      }
      y -= block.size * 1.4;
      page.drawText(line, { x: margin, y, size: block.size, font });
    }
    y -= block.size * 0.6;
  }
  return pdf.save({ useObjectStreams: true });
}

let written = 0;
for (const entry of content.entries.reviews) {
  const review = entry.data as unknown as Review;
  for (const doc of review.documents.filter((d) => d.format === 'pdf')) {
    // Only a path the schema accepts, inside public/: never a file elsewhere an href might name.
    const relative = localDocumentPath(doc.href);
    if (!relative) continue;
    const bytes = await render(blocksFor(doc.label, review, entry.body, entry.slug), `${review.title}: ${doc.label}`, review.published);
    const file = path.join(PUBLIC_DIR, ...relative.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    console.log(`${path.relative(process.cwd(), file)}: ${(bytes.length / 1000).toFixed(1)} KB`);
    written += 1;
  }
}
console.log(`Wrote ${written} PDF files from the example reviews.`);
