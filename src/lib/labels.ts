/**
 * Words the public reads for the content model's values. Field values stay short ids in the
 * files; these are what pages show.
 */

import type { RecommendationState } from './rules/recommendations.ts';

export const REVIEW_KIND_LABELS: Record<string, string> = {
  lcspr: 'Local child safeguarding practice review',
  'rapid-review': 'Rapid review',
  'national-review': 'National review',
  scr: 'Serious case review',
  'learning-review': 'Learning review',
  'multi-agency-audit': 'Multi-agency audit',
  'thematic-audit': 'Thematic audit',
  'good-practice-review': 'Good practice review',
  'single-agency-review': 'Single agency review',
  'section-11-audit': 'Section 11 audit',
  sar: 'Safeguarding adult review',
  dhr: 'Domestic homicide review',
};

export const BRIEFING_FORMAT_LABELS: Record<string, string> = {
  'seven-minute': '7-minute briefing',
  'learning-summary': 'Learning summary',
  'practice-guidance': 'Practice guidance',
  podcast: 'Podcast',
  video: 'Video',
};

export const AUDIENCE_LABELS: Record<string, string> = {
  partnership: 'Partnership (internal)',
  workforce: 'Workforce',
  'children-families': 'Children and families',
  public: 'Public',
};

export const LEVEL_LABELS: Record<string, string> = {
  foundation: 'Foundation (roots)',
  core: 'Core (trunk)',
  specialist: 'Specialist (branches)',
};

/** A course level's plain name, for "See all 50 foundation courses". */
export const LEVEL_NAMES: Record<string, string> = {
  foundation: 'Foundation',
  core: 'Core',
  specialist: 'Specialist',
};

export const DELIVERY_LABELS: Record<string, string> = {
  'full-day': 'Full day',
  'half-day': 'Half day',
  virtual: 'Virtual classroom',
  'e-learning': 'E-learning',
  'need-to-know': 'Need-to-know session',
  podcast: 'Podcast',
  film: 'Film',
  'learning-event': 'Learning event',
  conference: 'Conference',
};

export const TRAINER_LABELS: Record<string, string> = {
  intake: 'Partnership training team',
  associate: 'Associate trainers',
  specialist: 'Specialist trainers',
  external: 'External provider',
};

export const STATUS_LABELS: Record<string, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  'not-achieved': 'Not achieved',
};

/** The heading of the panel a review shows when its report is not simply published. */
export const REPORT_STATUS_HEADINGS: Record<string, string> = {
  withdrawn: 'The full report',
  'not-published': 'Why the full report is not published',
  delayed: 'When the full report will be published',
};

export const REPORT_LABELS: Record<string, string> = {
  published: 'Report published',
  withdrawn: 'Report withdrawn',
  'not-published': 'Report not published',
  delayed: 'Publication delayed',
};

/**
 * A label for a value, falling back to the value itself.
 * @example labelOf(REVIEW_KIND_LABELS, 'scr') // 'Serious case review'
 */
export function labelOf(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value;
}

/** A recommendation's state on the build date (see rules/recommendations.ts): one set of words for the review page and the board's figures. */
export const RECOMMENDATION_STATE_LABELS: Record<RecommendationState, string> = {
  'complete-on-time': 'Complete on time',
  'complete-late': 'Complete late',
  complete: 'Complete (date not recorded)',
  overdue: 'Overdue',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  'not-achieved': 'Not achieved',
};

export const AGE_GROUP_LABELS: Record<string, string> = {
  'pre-birth': 'Before birth',
  'under-1': 'Under 1',
  '1-4': '1 to 4',
  '5-11': '5 to 11',
  '12-15': '12 to 15',
  '16-17': '16 to 17',
  '18-25': '18 to 25 (care leavers, young adults)',
};

export const PRIORITY_STATUS_LABELS: Record<string, string> = {
  current: 'Current priority',
  previous: 'Previous priority',
};

export const DOCUMENT_FORMAT_LABELS: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word document',
  odt: 'OpenDocument text',
  html: 'Web page',
  xlsx: 'Excel spreadsheet',
  csv: 'CSV spreadsheet',
  pptx: 'PowerPoint slides',
  mp3: 'Audio (MP3)',
  mp4: 'Video (MP4)',
  txt: 'Plain text',
};

