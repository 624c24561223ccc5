/**
 * CI machines are small and run the unit and browser projects side by side: a jsdom test that
 * takes 2 s here can take 10 s there. Timeouts are generous so that only a real hang fails a test;
 * no test asserts on time.
 */
jest.setTimeout(60_000);

if (typeof document !== 'undefined') {
  // findBy…/waitFor give up after 1 s by default, too short under load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('@testing-library/dom').configure({ asyncUtilTimeout: 15_000 });
}
