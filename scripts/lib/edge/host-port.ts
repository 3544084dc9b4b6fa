/** Where a process listens. Hosts are written into generated configs, so only plain names pass. */
export interface HostPort {
  host: string;
  port: number;
}

const PLAIN_HOST = /^[A-Za-z0-9.:-]+$/;

export function checkedHostPort(address: HostPort): HostPort {
  if (!PLAIN_HOST.test(address.host)) throw new Error(`Not a plain host name or address: "${address.host}"`);
  if (!Number.isInteger(address.port) || address.port < 1 || address.port > 65_535) {
    throw new Error(`Not a TCP port: ${address.port}`);
  }
  return address;
}

/** `host:port`, with brackets around an IPv6 address. */
export function formatHostPort({ host, port }: HostPort): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
