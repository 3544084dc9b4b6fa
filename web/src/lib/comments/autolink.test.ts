import { autolink, toParagraphs } from './autolink';

describe('autolink', () => {
  it('links http(s) URLs and leaves trailing punctuation outside', () => {
    expect(autolink('See https://example.com/a?b=1. Thanks')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', href: 'https://example.com/a?b=1', text: 'https://example.com/a?b=1' },
      { kind: 'text', text: '. Thanks' },
    ]);
  });

  it('never links javascript: and keeps HTML as text', () => {
    const text = 'javascript:alert(1) <script>alert(1)</script> <a href="x">y</a>';
    expect(autolink(text)).toEqual([{ kind: 'text', text }]);
  });
});

describe('toParagraphs', () => {
  it('splits on blank lines', () => {
    expect(toParagraphs('one\r\n\r\ntwo\nstill two\n\n\n')).toEqual([
      [{ kind: 'text', text: 'one' }],
      [{ kind: 'text', text: 'two\nstill two' }],
    ]);
  });
});
