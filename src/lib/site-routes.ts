/**
 * The addresses the site makes for itself, read from the route files in src/pages, so that
 * an entry or a document can be refused before it takes one of them: a review file named
 * `2.mdx` would otherwise replace page 2 of the reviews listing, and one named `kind.mdx`
 * would sit where the kind filters are. Deriving the names from the routes keeps the list
 * right when a route is added; a route whose parameter this file does not know stops the
 * check (and its test) until it is taught here.
 */

/** What a parameter in a route's folder or file name can stand for, as a first path segment. */
export interface RouteParameters {
  /** The facet names of a collection's filter pages (`[facet]`), by collection. */
  facets: Readonly<Record<string, readonly string[]>>;
}

export interface ReservedNames {
  /** Names the site uses itself under /<collection>/ (feed.xml, a facet name, text…), with what each is. */
  names: ReadonlyMap<string, string>;
  /** The listing is paginated (`[...page]`): /<collection>/2/ is its page 2. */
  pages: boolean;
}

/** How a route file's name becomes a path segment: `feed.xml.ts` → `feed.xml`, `index.astro` → ``. */
function segmentOf(name: string): string {
  const bare = name.replace(/\.(astro|md|mdx|ts|js|mjs)$/, '');
  return bare === 'index' ? '' : bare;
}

/**
 * The names each entry collection's own routes use, from the route files (paths relative to
 * src/pages, with forward slashes). A collection's entries live at /<collection>/<slug>/.
 * @example reservedNames(['reviews/[slug].astro', 'reviews/[...page].astro', 'reviews/feed.xml.ts'], ['reviews'], { facets: {} }).reviews.pages // true
 */
export function reservedNames(routeFiles: readonly string[], collections: readonly string[], parameters: RouteParameters): Record<string, ReservedNames> {
  const out: Record<string, ReservedNames> = {};
  for (const collection of collections) {
    const names = new Map<string, string>();
    let pages = false;
    for (const file of routeFiles) {
      const [top, ...rest] = file.split('/');
      if (top !== collection || rest.length === 0) continue;
      const segments = rest.map((part, i) => (i === rest.length - 1 ? segmentOf(part) : part)).filter(Boolean);
      segments.forEach((segment, depth) => {
        const param = /^\[(\.\.\.)?([a-z]+)\]$/i.exec(segment);
        if (!param) {
          // A fixed name anywhere below the collection (feed.xml, text, sessions.ics) is the site's.
          if (!names.has(segment)) names.set(segment, `the site's own address /${[collection, ...segments.slice(0, depth + 1)].join('/').replace(/\/\[slug\]/, '/<slug>')}`);
          return;
        }
        if (depth > 0) return; // below the first level a parameter cannot meet an entry's slug
        const [, rest, name] = param;
        if (name === 'slug') return; // the entries themselves
        if (rest && name === 'page') pages = true;
        else if (name === 'facet') for (const facet of parameters.facets[collection] ?? []) names.set(facet, `the ${collection} filtered by ${facet} (/${collection}/${facet}/…)`);
        else throw new Error(`src/pages/${file}: the route parameter [${rest ?? ''}${name}] sits where entries of ${collection} have their pages, and Cascade does not know which names it takes. Teach src/lib/site-routes.ts what it stands for so no entry can be given one of its names.`);
      });
    }
    out[collection] = { names, pages };
  }
  return out;
}

/**
 * The first path segments the site uses at its root: every route folder and file in
 * src/pages, every file the site serves as it is, and the folders the build itself writes.
 * A document's folder must not be one of them.
 * @example topLevelNames(['reviews/[slug].astro', 'feed.xml.ts'], ['scripts'], ['_astro']).has('reviews') // true
 */
export function topLevelNames(routeFiles: readonly string[], staticNames: readonly string[], buildNames: readonly string[]): Set<string> {
  const names = new Set<string>([...staticNames, ...buildNames]);
  for (const file of routeFiles) {
    const [top, ...rest] = file.split('/');
    const segment = rest.length ? top! : segmentOf(top!);
    if (segment && !segment.startsWith('[')) names.add(segment);
  }
  return names;
}

/**
 * Why a slug cannot be used in a collection, or undefined when it can.
 * @example slugClash('2', 'reviews', { names: new Map(), pages: true }) // 'is page 2 of the reviews listing (/reviews/2/)…'
 */
export function slugClash(slug: string, collection: string, reserved: ReservedNames | undefined): string | undefined {
  if (!reserved) return undefined;
  if (reserved.pages && /^\d+$/.test(slug)) return `the address /${collection}/${slug}/ is page ${Number(slug)} of the ${collection} listing, which this entry would replace`;
  const use = reserved.names.get(slug);
  if (use) return `the name ${slug} is taken by ${use}`;
  return undefined;
}
