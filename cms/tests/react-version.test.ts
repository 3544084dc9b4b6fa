import path from 'node:path';

// The admin panel is built with React 18 while the site runs React 19 in the same npm workspace.
describe('the CMS resolves React 18', () => {
  const cmsDir = path.resolve(__dirname, '..');

  it('loads react and react-dom 18 from the cms workspace', () => {
    const react = require(require.resolve('react', { paths: [cmsDir] }));
    const reactDom = require(require.resolve('react-dom/package.json', { paths: [cmsDir] }));
    expect(react.version).toMatch(/^18\./);
    expect(reactDom.version).toMatch(/^18\./);
  });

  it('gives the Strapi admin the same React as the cms', () => {
    const adminDir = path.dirname(require.resolve('@strapi/admin/package.json', { paths: [cmsDir] }));
    expect(require.resolve('react', { paths: [adminDir] })).toBe(require.resolve('react', { paths: [cmsDir] }));
  });

  it('renders with React 18 on the server', () => {
    const React = require(require.resolve('react', { paths: [cmsDir] }));
    const { renderToString } = require(require.resolve('react-dom/server', { paths: [cmsDir] }));
    expect(renderToString(React.createElement('p', null, 'admin'))).toBe('<p>admin</p>');
  });
});
