import { truncateText } from './truncate';

describe('truncateText', () => {
  it('keeps short text, collapsing whitespace', () => {
    expect(truncateText('  Fine   needles.\n', 160)).toBe('Fine needles.');
  });

  it('cuts long text at a word boundary with an ellipsis, within the limit', () => {
    const text = 'A procedure in which very fine needles make many tiny, shallow punctures in the skin.';
    const cut = truncateText(text, 40);
    expect(cut).toBe('A procedure in which very fine needles…');
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(truncateText('one, two, three', 10)).toBe('one, two…');
  });

  it('cuts a single long word', () => {
    expect(truncateText('Supercalifragilistic', 8)).toBe('Superca…');
  });
});
