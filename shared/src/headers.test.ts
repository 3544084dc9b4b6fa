import { CLIENT_IP_HEADER, VISITOR_IP_HEADER, WEB_SECRET_HEADER } from './headers';

describe('header names', () => {
  // The README documents them, and what sits between the apps may be configured with them: a rename is a
  // change of contract, not a refactor.
  it('are the documented ones, lower case as node gives them', () => {
    expect([WEB_SECRET_HEADER, CLIENT_IP_HEADER, VISITOR_IP_HEADER]).toEqual([
      'x-skinfacts-web-secret',
      'x-skinfacts-client-ip',
      'x-skinfacts-visitor-ip',
    ]);
  });
});
