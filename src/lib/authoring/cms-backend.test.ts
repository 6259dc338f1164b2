import { describe, expect, test } from 'vitest';
import { cmsBackendOf } from './cms-backend.ts';

describe('cmsBackendOf', () => {
  test('signs in with GitLab and PKCE by default: no Netlify, no helper to run', () => {
    expect(cmsBackendOf({ CASCADE_CMS_REPO: 'northvale/learning', CASCADE_CMS_APP_ID: 'app-123' })).toEqual({
      config: { name: 'gitlab', repo: 'northvale/learning', branch: 'main', auth_type: 'pkce', app_id: 'app-123', base_url: 'https://gitlab.com', api_root: 'https://gitlab.com/api/v4', auth_endpoint: 'oauth/authorize' },
      connect: ['https://gitlab.com'],
      images: ['https://gitlab.com', 'https://secure.gravatar.com'],
    });
  });

  test('talks to a council’s own GitLab, and only to it', () => {
    const settings = cmsBackendOf({ CASCADE_CMS_GITLAB_URL: 'https://git.northvale.gov.uk/', CASCADE_CMS_APP_ID: 'x', CASCADE_CMS_BRANCH: 'content' });
    expect(settings.config).toMatchObject({ base_url: 'https://git.northvale.gov.uk', api_root: 'https://git.northvale.gov.uk/api/v4', branch: 'content' });
    expect(settings.connect).toEqual(['https://git.northvale.gov.uk']);
  });

  test('signs in with GitHub through the partnership’s OAuth helper', () => {
    expect(cmsBackendOf({ CASCADE_CMS_BACKEND: 'github', CASCADE_CMS_REPO: 'northvale/learning', CASCADE_CMS_AUTH_URL: 'https://cms-auth.northvale.workers.dev' })).toEqual({
      config: { name: 'github', repo: 'northvale/learning', branch: 'main', base_url: 'https://cms-auth.northvale.workers.dev' },
      connect: ['https://api.github.com'],
      images: ['https://avatars.githubusercontent.com'],
    });
  });

  test('keeps git-gateway only when asked for', () => {
    expect(cmsBackendOf({ CASCADE_CMS_BACKEND: 'git-gateway' }).config).toEqual({ name: 'git-gateway', branch: 'main' });
  });

  test.each([
    [{ CASCADE_CMS_BACKEND: 'bitbucket' }, 'CASCADE_CMS_BACKEND is "bitbucket". Use gitlab (sign-in with nothing but GitLab), github (with an OAuth helper) or git-gateway (Netlify Identity).'],
    [{ CASCADE_CMS_GITLAB_URL: 'git.northvale' }, 'CASCADE_CMS_GITLAB_URL is "git.northvale", which is not a web address. Write it in full, e.g. https://gitlab.example.gov.uk.'],
  ])('refuses %o, saying what to write', (env, message) => {
    expect(() => cmsBackendOf(env)).toThrow(message);
  });
});
