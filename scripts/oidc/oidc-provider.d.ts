/** The few parts of `oidc-provider` (which ships no types) that test-provider.ts uses. */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type Account = { accountId: string; claims: () => Record<string, unknown> };
  /** Koa's context, as far as a middleware here reads and writes it. */
  export type ProviderContext = { path: string; status: number; body: unknown; oidc?: unknown };
  type Client = { clientId: string };
  export default class Provider {
    use(middleware: (ctx: ProviderContext, next: () => Promise<void>) => Promise<void>): void;
    Client: { find(id: string): Promise<Client | undefined> };
    IdToken: new (
      claims: Record<string, unknown>,
      options: { ctx: ProviderContext; client: Client },
    ) => { set(key: string, value: unknown): void; issue(options: { use: 'idtoken' }): Promise<string> };
    constructor(
      issuer: string,
      configuration: Record<string, unknown> & {
        findAccount: (ctx: unknown, id: string) => Account;
      },
    );
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  }
}
