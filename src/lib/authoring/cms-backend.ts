/**
 * How editors sign in to the web editor, from the `CASCADE_CMS_*` settings at build time,
 * and the addresses that sign-in talks to (the only ones the /admin/ CSP lets it reach).
 * GitLab signs in with PKCE: nothing to run but the git host. GitHub needs a small OAuth
 * helper (GitHub does not offer PKCE to Decap); git-gateway only on request (Netlify Identity
 * is deprecated).
 */
import { PATH_RULES, withCmsHost, type PathRule } from '../formats/csp.ts';
import { CmsSettingsError } from '../errors.ts';

export interface CmsBackendSettings {
  /** Decap's `backend` block, ready for config.yml. */
  config: Record<string, unknown>;
  /** Origins the editor fetches from: the git host's API and, for PKCE, its token endpoint. */
  connect: string[];
  /** Origins of avatars the git host shows beside the editor's name. */
  images: string[];
}


const origin = (url: string, name: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    throw new CmsSettingsError('The web editor’s sign-in is set wrongly', `${name} is "${url}", which is not a web address. Write it in full, e.g. https://gitlab.example.gov.uk.`, { hint: 'See "Setting up the web editor" in the README.' });
  }
};

/**
 * The web editor's sign-in from the environment.
 * - `CASCADE_CMS_BACKEND`: `gitlab` (default), `github` or `git-gateway`
 * - `CASCADE_CMS_REPO`: `owner/name`; `CASCADE_CMS_BRANCH`: default `main`
 * - GitLab: `CASCADE_CMS_APP_ID` (the OAuth application's id), `CASCADE_CMS_GITLAB_URL` for a
 *   self-hosted GitLab (default https://gitlab.com)
 * - GitHub: `CASCADE_CMS_AUTH_URL`, the address of the OAuth helper that holds the app's secret
 * @example cmsBackendOf({ CASCADE_CMS_REPO: 'northvale/learning', CASCADE_CMS_APP_ID: 'abc' }).config
 * // { name: 'gitlab', repo: 'northvale/learning', branch: 'main', auth_type: 'pkce', app_id: 'abc', … }
 */
export function cmsBackendOf(env: Readonly<Record<string, string | undefined>>): CmsBackendSettings {
  const name = env.CASCADE_CMS_BACKEND || 'gitlab';
  const common = { repo: env.CASCADE_CMS_REPO, branch: env.CASCADE_CMS_BRANCH || 'main' };
  if (name === 'gitlab') {
    const host = origin(env.CASCADE_CMS_GITLAB_URL || 'https://gitlab.com', 'CASCADE_CMS_GITLAB_URL');
    return {
      config: { name, ...common, auth_type: 'pkce', app_id: env.CASCADE_CMS_APP_ID, base_url: host, api_root: `${host}/api/v4`, auth_endpoint: 'oauth/authorize' },
      connect: [host],
      images: [host, 'https://secure.gravatar.com'],
    };
  }
  if (name === 'github') {
    const helper = env.CASCADE_CMS_AUTH_URL ? origin(env.CASCADE_CMS_AUTH_URL, 'CASCADE_CMS_AUTH_URL') : undefined;
    return {
      config: { name, ...common, ...(helper && { base_url: helper }), ...(env.CASCADE_CMS_AUTH_ENDPOINT && { auth_endpoint: env.CASCADE_CMS_AUTH_ENDPOINT }) },
      connect: ['https://api.github.com'],
      images: ['https://avatars.githubusercontent.com'],
    };
  }
  if (name === 'git-gateway') return { config: { name, branch: common.branch }, connect: ['https://identity.netlify.com'], images: [] };
  throw new CmsSettingsError('The web editor’s sign-in is set wrongly', `CASCADE_CMS_BACKEND is "${name}". Use gitlab (sign-in with nothing but GitLab), github (with an OAuth helper) or git-gateway (Netlify Identity).`, { hint: 'See "Setting up the web editor" in the README.' });
}

/**
 * The site's CSP path rules with the web editor's git host added to /admin/, for the admin
 * page's `<meta>`, the `_headers` file and the output check, which must all agree.
 * @example policyFor('admin/', [], pathRulesFor({ CASCADE_CMS_APP_ID: 'x' }))['connect-src'] // ["'self'", 'https://gitlab.com']
 */
export function pathRulesFor(env: Readonly<Record<string, string | undefined>>): PathRule[] {
  return withCmsHost(PATH_RULES, cmsBackendOf(env));
}
