/**
 * A phone number as a link a phone can dial.
 * @example telHref('01632 960 555') // 'tel:01632960555'
 */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * A phone number for display, its spaces non-breaking so it stays on one line on a narrow screen.
 * @example phoneText('0808 800 5000') // '0808\u00a0800\u00a05000'
 */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}
