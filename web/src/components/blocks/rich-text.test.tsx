import { render, screen } from '@testing-library/react';
import type { BlockChild, Blocks } from '@skinfacts/shared';
import { RichText } from './rich-text';

const text = (value: string, marks: Record<string, boolean> = {}) => ({
  type: 'text',
  text: value,
  ...marks,
});
const paragraph = (...children: BlockChild[]) => ({ type: 'paragraph', children });

function renderBlocks(content: Blocks | null, minHeadingLevel: 2 | 3 = 2) {
  return render(<RichText content={content} minHeadingLevel={minHeadingLevel} />);
}

describe('RichText', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('renders nothing for an empty or missing body', () => {
    expect(renderBlocks([]).container).toBeEmptyDOMElement();
    expect(renderBlocks(null).container).toBeEmptyDOMElement();
  });

  it('renders paragraphs with bold and italic text', () => {
    const { container } = renderBlocks([
      paragraph(
        text('Also called '),
        text('collagen induction therapy', { bold: true }),
        text(' or '),
        text('CIT', { italic: true }),
      ),
    ]);
    expect(container.querySelector('p')).toHaveTextContent('Also called collagen induction therapy or CIT');
    expect(container.querySelector('strong')).toHaveTextContent('collagen induction therapy');
    expect(container.querySelector('em')).toHaveTextContent('CIT');
  });

  it('skips unknown block and inline types instead of crashing', () => {
    const { container } = renderBlocks([
      { type: 'video-embed', children: [text('x')], url: 'https://example.org' },
      paragraph(text('Kept'), { type: 'mention', user: 'x' }),
      { type: 'heading', children: [{ type: 'sparkle' }] },
    ]);
    expect(container.querySelectorAll('p')).toHaveLength(1);
    expect(container.querySelector('p')).toHaveTextContent('Kept');
    expect(container).not.toHaveTextContent('x');
  });

  it('drops an image block without a url, and renders one with a url and its alt text', () => {
    const { container } = renderBlocks([
      { type: 'image', children: [text('')] },
      { type: 'image', image: { url: '' }, children: [text('')] },
      { type: 'image', image: { alternativeText: 'no url' }, children: [text('')] },
      {
        type: 'image',
        image: {
          url: '/uploads/needles.png',
          alternativeText: 'A microneedling pen',
          width: 800,
          height: 600,
          caption: 'The pen',
        },
        children: [text('')],
      },
    ]);
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(screen.getByRole('img', { name: 'A microneedling pen' })).toBeInTheDocument();
    expect(images[0]?.getAttribute('src')).toContain(
      encodeURIComponent('http://127.0.0.1:1337/uploads/needles.png'),
    );
    expect(container.querySelector('figcaption')).toHaveTextContent('The pen');
  });

  it('renders an image without a size as a plain lazy image with empty alt when none is given', () => {
    const { container } = renderBlocks([
      { type: 'image', image: { url: 'https://cdn.example/a.png' }, children: [text('')] },
    ]);
    const image = container.querySelector('img');
    expect(image).toHaveAttribute('src', 'https://cdn.example/a.png');
    expect(image).toHaveAttribute('alt', '');
    expect(image).toHaveAttribute('loading', 'lazy');
  });

  it('renders nested lists, ordered and unordered', () => {
    const { container } = renderBlocks([
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('First')] },
          {
            type: 'list',
            format: 'unordered',
            children: [{ type: 'list-item', children: [text('Nested')] }],
          },
          { type: 'table-row', children: [] },
        ],
      },
    ]);
    expect(container.querySelector('ol > li')).toHaveTextContent('First');
    expect(container.querySelector('ol > ul > li')).toHaveTextContent('Nested');
    expect(container.querySelectorAll('li')).toHaveLength(2);
  });

  it('keeps heading levels below the page heading and the outline intact', () => {
    const { container } = renderBlocks([
      { type: 'heading', level: 1, children: [text('Top')] },
      { type: 'heading', level: 2, children: [text('Sub')] },
      { type: 'heading', level: 6, children: [text('Deep')] },
    ]);
    expect(container.querySelector('h1')).toBeNull();
    expect(container.querySelector('h2')).toHaveTextContent('Top');
    expect(container.querySelector('h3')).toHaveTextContent('Sub');
    expect(container.querySelector('h6')).toHaveTextContent('Deep');
  });

  it('leaves headings that are already low enough alone', () => {
    const { container } = renderBlocks([{ type: 'heading', level: 3, children: [text('How')] }], 3);
    expect(container.querySelector('h3')).toHaveTextContent('How');
  });

  it('gives external links a safe rel, keeps site links, and unlinks unsafe targets', () => {
    renderBlocks([
      paragraph(
        { type: 'link', url: 'https://pubmed.example/1', children: [text('a study')] },
        text(' and '),
        { type: 'link', url: '/treatments/microneedling', children: [text('the facts')] },
        text(' and '),
        { type: 'link', url: 'javascript:alert(1)', children: [text('a trap')] },
        text(' and '),
        { type: 'link', url: '//evil.example', children: [text('another trap')] },
      ),
    ]);
    const external = screen.getByRole('link', { name: 'a study' });
    expect(external).toHaveAttribute('href', 'https://pubmed.example/1');
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    const internal = screen.getByRole('link', { name: 'the facts' });
    expect(internal).toHaveAttribute('href', '/treatments/microneedling');
    expect(internal).not.toHaveAttribute('rel');
    expect(screen.queryByRole('link', { name: 'a trap' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'another trap' })).toBeNull();
    expect(screen.getByText(/a trap/)).toBeInTheDocument();
  });

  it('renders quotes and code', () => {
    const { container } = renderBlocks([
      { type: 'quote', children: [text('Results take months.')] },
      { type: 'code', children: [text('npm start')] },
    ]);
    expect(container.querySelector('blockquote')).toHaveTextContent('Results take months.');
    expect(container.querySelector('pre code')).toHaveTextContent('npm start');
  });
});
