import { formatEntry, mergeDotenv, parseDotenv } from './dotenv';

describe('parseDotenv', () => {
  it('reads plain, quoted and exported values and skips comments', () => {
    const text = [
      '# a comment',
      'PLAIN=value',
      'export EXPORTED=yes',
      'DOUBLE="two words"',
      "SINGLE='it''s'",
      'TRAILING=abc # note',
      'EMPTY=',
      'EQUALS=a=b==',
      '',
    ].join('\n');
    expect(parseDotenv(text)).toEqual({
      PLAIN: 'value',
      EXPORTED: 'yes',
      DOUBLE: 'two words',
      SINGLE: "it''s",
      TRAILING: 'abc',
      EMPTY: '',
      EQUALS: 'a=b==',
    });
  });

  it('handles CRLF line endings', () => {
    expect(parseDotenv('A=1\r\nB=2\r\n')).toEqual({ A: '1', B: '2' });
  });
});

describe('mergeDotenv', () => {
  const wanted: Array<[string, string]> = [
    ['HOST', '0.0.0.0'],
    ['PORT', '1337'],
    ['SECRET', 'generated'],
  ];

  it('writes every key into an empty file', () => {
    const result = mergeDotenv('', wanted);
    expect(result.text).toBe('HOST=0.0.0.0\nPORT=1337\nSECRET=generated\n');
    expect(result.added).toEqual(['HOST', 'PORT', 'SECRET']);
  });

  it('adds only missing keys and keeps existing lines byte for byte', () => {
    const existing = '# mine\nPORT=4000\nSECRET=\n';
    const result = mergeDotenv(existing, wanted);
    expect(result.added).toEqual(['HOST']);
    expect(result.text.startsWith(existing)).toBe(true);
    expect(result.values).toEqual({ PORT: '4000', SECRET: '', HOST: '0.0.0.0' });
  });

  it('returns the text unchanged when nothing is missing', () => {
    const existing = 'HOST=x\nPORT=1\nSECRET=s';
    const result = mergeDotenv(existing, wanted);
    expect(result.text).toBe(existing);
    expect(result.added).toEqual([]);
  });

  it('starts appended keys on a new line when the file lacks a final newline', () => {
    const result = mergeDotenv('HOST=x', wanted);
    expect(result.text).toBe('HOST=x\nPORT=1337\nSECRET=generated\n');
  });

  it('round-trips values that need quoting', () => {
    const line = formatEntry('KEY', 'a b#c');
    expect(parseDotenv(line)).toEqual({ KEY: 'a b#c' });
  });
});
