import { describe, expect, test } from 'vitest';
import { phoneText, telHref } from './phone.ts';

describe('phone numbers', () => {
  test.each([
    ['01632 960 555', 'tel:01632960555'],
    ['999', 'tel:999'],
    ['+44 1632 960 555', 'tel:+441632960555'],
  ])('%s dials as %s', (phone, expected) => expect(telHref(phone)).toBe(expected));

  test('a number shown on the page never breaks across lines', () => expect(phoneText('0808 800 5000')).toBe('0808\u00a0800\u00a05000'));
});
