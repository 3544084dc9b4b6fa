import http from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { startSwitchableProxy, type SwitchableProxy } from './switchable-proxy';

let target: http.Server;
let proxy: SwitchableProxy;

beforeAll(async () => {
  target = http.createServer((_request, response) => response.end('from the target'));
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  proxy = await startSwitchableProxy({ host: '127.0.0.1', port: (target.address() as AddressInfo).port });
});

afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => target.close(resolve));
});

const viaProxy = () => fetch(`${proxy.url}/`, { signal: AbortSignal.timeout(500) });
const control = (path: string, method = 'POST') => fetch(`${proxy.controlUrl}${path}`, { method });

describe('startSwitchableProxy', () => {
  it('passes requests through while open, also on a kept-alive connection', async () => {
    expect(await (await viaProxy()).text()).toBe('from the target');
    expect(await (await viaProxy()).text()).toBe('from the target');
  });

  it('drops connections when refusing, including kept-alive ones, and recovers when opened', async () => {
    expect((await viaProxy()).status).toBe(200);
    expect((await control('/refuse')).status).toBe(204);
    expect(proxy.mode()).toBe('refuse');
    await expect(viaProxy()).rejects.toThrow('fetch failed');
    expect((await control('/open')).status).toBe(204);
    expect(await (await viaProxy()).text()).toBe('from the target');
  });

  it('never answers while hanging, so only the client’s timeout ends the request', async () => {
    proxy.switchTo('hang');
    await expect(viaProxy()).rejects.toMatchObject({ name: 'TimeoutError' });
    proxy.switchTo('open');
    expect((await viaProxy()).status).toBe(200);
  });

  it('closes connections made while hanging once the link is back, so no client waits on one', async () => {
    proxy.switchTo('hang');
    const { port } = new URL(proxy.url);
    const hung = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => hung.once('connect', resolve));
    const closed = new Promise((resolve) => hung.once('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    proxy.switchTo('open');
    await closed;
    expect((await viaProxy()).status).toBe(200);
  });

  it('answers 404 to anything but POST of a known mode, and keeps its mode', async () => {
    expect((await control('/refuse', 'GET')).status).toBe(404);
    expect((await control('/sideways')).status).toBe(404);
    expect(proxy.mode()).toBe('open');
  });
});
