import { describe, expect, test } from 'vitest';
import { newsletterFooter, subscribeHref } from './newsletter-subscribe.ts';

describe('subscribeHref', () => {
  test.each<[string | undefined, string]>([
    ['https://lists.example.org/learning', 'https://lists.example.org/learning'],
    ['join@example.org', 'mailto:join@example.org?subject=Subscribe%20to%20the%20learning%20newsletter'],
    [undefined, 'mailto:learning@example.org?subject=Subscribe%20to%20the%20learning%20newsletter'],
  ])('%s gives %s', (subscribe, href) => {
    expect(subscribeHref(subscribe, 'learning@example.org')).toBe(href);
  });
});

describe('newsletterFooter', () => {
  const partnership = { name: 'Northvale SCP', email: 'learning@example.org' };

  test('says why the reader received it in the partnership’s words, or in a default naming the partnership', () => {
    expect(newsletterFooter({ reason: 'You work in Northvale.' }, partnership).reason).toBe('You work in Northvale.');
    expect(newsletterFooter({}, partnership).reason).toBe('You are receiving this because you signed up for the Northvale SCP learning newsletter.');
  });

  test('keeps the mailing tool’s unsubscribe placeholder exactly as written', () => {
    expect(newsletterFooter({ unsubscribe: '{{ unsubscribe_url }}' }, partnership).unsubscribe).toBe('{{ unsubscribe_url }}');
  });
});
