import { createServer } from 'node:net';
import { busyPorts, isPortFree, parsePort } from './ports';

describe('ports', () => {
  it('sees a port that is taken, and says which variable moves it', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      expect(await isPortFree(port)).toBe(false);
      const messages = await busyPorts([{ port, label: 'CMS', envVar: 'CMS_PORT' }]);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(`Port ${port} (CMS) is already in use`);
      expect(messages[0]).toContain('CMS_PORT=');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(await isPortFree(port)).toBe(true);
  });

  it('parses ports and falls back when unset', () => {
    expect(parsePort(undefined, 3000, 'WEB_PORT')).toBe(3000);
    expect(parsePort('', 3000, 'WEB_PORT')).toBe(3000);
    expect(parsePort('4000', 3000, 'WEB_PORT')).toBe(4000);
    expect(() => parsePort('70000', 3000, 'WEB_PORT')).toThrow(/WEB_PORT/);
  });
});
