import { describe, expect, test } from 'vitest';
import { entryFields } from './collection-fields.ts';
import { parseAnswer } from './field-answers.ts';

const briefing = (name: string) => entryFields('briefings').find((f) => f.name === name)!;
const course = (name: string) => entryFields('courses').find((f) => f.name === name)!;
const ids = { themes: ['neglect', 'domestic-abuse'] };

describe('parseAnswer', () => {
  test.each([
    ['a choice', briefing('format'), ['seven-minute'], 'seven-minute'],
    ['a comma-separated list of choices', briefing('audiences'), ['workforce, public'], ['workforce', 'public']],
    ['a list of sentences, one answer each', briefing('keyMessages'), ['Ask.', 'Listen.'], ['Ask.', 'Listen.']],
    ['a date', briefing('published'), ['2026-03-01'], '2026-03-01'],
    ['a whole number', course('durationMinutes'), ['180'], 180],
    ['known theme ids', briefing('themes'), ['neglect,domestic-abuse'], ['neglect', 'domestic-abuse']],
  ])('accepts %s', (_, field, texts, value) => {
    expect(parseAnswer(field, texts, ids)).toEqual({ ok: true, value });
  });

  test.each([
    ['a misspelt choice, suggesting the right one', briefing('format'), ['seven-minut'], '"seven-minut" is not allowed here. Expected one of: seven-minute, learning-summary, practice-guidance, podcast, video. Did you mean "seven-minute"?'],
    ['a date that does not exist', briefing('published'), ['2025-02-29'], '"2025-02-29": this date does not exist in the calendar; check the day and month'],
    ['an empty title', briefing('title'), [''], 'nothing was given: this field is empty; write some text here'],
    ['an unknown theme, suggesting a close one', briefing('themes'), ['neglet'], '"neglet" does not match any id in themes. Did you mean "neglect"?'],
    ['a list with no key message', briefing('keyMessages'), [], 'nothing was given: give at least one key message'],
    ['eight key messages', briefing('keyMessages'), ['1', '2', '3', '4', '5', '6', '7', '8'], 'keep to seven key messages at most'],
    ['a length that is not a number', course('durationMinutes'), ['three hours'], '"three hours": Invalid input: expected number, received string'],
  ])('refuses %s, saying why', (_, field, texts, message) => {
    expect(parseAnswer(field, texts, ids)).toEqual({ ok: false, message });
  });
});
