/**
 * Fills that tell categories apart without colour: each texture differs in pattern as well as
 * in hue, so a status reads the same in greyscale, on a mono printer or to a reader who does
 * not see the colours. Colours come from the stylesheet through classes (no inline style).
 */

export type Texture = 'solid' | 'stripes' | 'hatch' | 'outline' | 'plain';

/** What each texture stands for in the impact charts, for legends and tests. */
export const TEXTURE_NAMES: Record<Texture, string> = {
  solid: 'solid',
  stripes: 'vertical stripes',
  hatch: 'diagonal hatching',
  outline: 'outline only',
  plain: 'plain',
};

/**
 * The `<defs>` a chart needs for the textures it uses; ids are prefixed with the chart's id.
 * @example textureDefs('trend', ['hatch']) // '<defs><pattern id="trend-hatch" …>…</pattern></defs>'
 */
export function textureDefs(id: string, textures: Iterable<Texture>): string {
  const used = new Set(textures);
  const patterns: string[] = [];
  if (used.has('hatch')) {
    patterns.push(
      `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="chart__hatch-ground" width="6" height="6" /><rect class="chart__hatch-line" width="2" height="6" /></pattern>`,
    );
  }
  if (used.has('stripes')) {
    patterns.push(`<pattern id="${id}-stripes" width="5" height="5" patternUnits="userSpaceOnUse"><rect class="chart__stripes-ground" width="5" height="5" /><rect class="chart__stripes-line" width="2.5" height="5" /></pattern>`);
  }
  return patterns.length ? `<defs>${patterns.join('')}</defs>` : '';
}

/**
 * The attributes that give a shape its texture.
 * @example textureAttributes('trend', 'hatch') // 'class="chart__fill chart__fill--hatch" fill="url(#trend-hatch)"'
 */
export function textureAttributes(id: string, texture: Texture): string {
  const fill = texture === 'hatch' || texture === 'stripes' ? ` fill="url(#${id}-${texture})"` : '';
  return `class="chart__fill chart__fill--${texture}"${fill}`;
}
