import { drawBox, summaryLines } from './summary';

describe('summary', () => {
  const lines = summaryLines({
    mode: 'production',
    cmsPort: 1337,
    webPort: 3000,
    readyAfterMs: 12_345,
    cmsEnv: {
      SEED_ADMIN_EMAIL: 'admin@skinfacts.local',
      SEED_ADMIN_PASSWORD: 'Sf-abcA1',
      SEED_MODERATOR_EMAIL: 'moderator@skinfacts.local',
      SEED_MODERATOR_PASSWORD: 'Sf-defA1',
      SEED_EDITOR_EMAIL: 'editor@skinfacts.local',
      SEED_EDITOR_PASSWORD: 'Sf-ghiA1',
    },
  });

  it('names the URLs, the demo accounts and how to stop', () => {
    const text = lines.join('\n');
    expect(text).toContain('http://localhost:3000');
    expect(text).toContain('http://localhost:1337/admin');
    expect(text).toContain('http://localhost:1337/api');
    expect(text).toContain('admin@skinfacts.local  /  Sf-abcA1');
    expect(text).toContain('moderator@skinfacts.local  /  Sf-defA1');
    expect(text).toContain('editor@skinfacts.local  /  Sf-ghiA1');
    expect(text).toContain('12.3 s');
    expect(text).toContain('Ctrl-C stops both');
  });

  it('draws a box whose rows all have the same width', () => {
    const rows = drawBox(lines).split('\n');
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    expect(rows).toHaveLength(lines.length + 2);
  });
});
