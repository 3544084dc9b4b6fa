import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as ReactModule from 'react';
import { z } from 'zod';

// The admin panel is built with React 18 while the site runs React 19 in the same npm workspace.
const cmsDir = path.resolve(__dirname, '..');
const resolveFrom = (dir: string, id: string) => require.resolve(id, { paths: [dir] });
const versionOf = (id: string) =>
  z
    .object({ version: z.string() })
    .parse(JSON.parse(readFileSync(resolveFrom(cmsDir, `${id}/package.json`), 'utf8'))).version;

/**
 * The modules are loaded from the paths the cms resolves (that is the point of the test), which the compiler
 * cannot follow: `import()` of a computed path is `any`. These are their own types (@types/react 18).
 */
type ReactDomServer = { renderToString: (element: ReturnType<typeof ReactModule.createElement>) => string };

describe('the CMS resolves React 18', () => {
  it('installs react and react-dom 18 for the cms workspace', () => {
    expect(versionOf('react')).toMatch(/^18\./);
    expect(versionOf('react-dom')).toMatch(/^18\./);
  });

  it('gives the Strapi admin the same React as the cms', () => {
    const adminDir = path.dirname(resolveFrom(cmsDir, '@strapi/admin/package.json'));
    expect(resolveFrom(adminDir, 'react')).toBe(resolveFrom(cmsDir, 'react'));
  });

  it('renders with React 18 on the server', async () => {
    const React = (await import(resolveFrom(cmsDir, 'react'))) as typeof ReactModule;
    const { renderToString } = (await import(resolveFrom(cmsDir, 'react-dom/server'))) as ReactDomServer;
    expect(React.version).toMatch(/^18\./);
    expect(renderToString(React.createElement('p', null, 'admin'))).toBe('<p>admin</p>');
  });
});
