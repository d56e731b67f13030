import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { serverEnvironment } from '../../../client/src/server-environment';

describe('the environment the extension starts the server with', () => {
  it('passes on every variable but NODE_EXTRA_CA_CERTS, which it leaves undefined so no child process gets it', () => {
    const env = serverEnvironment({
      PATH: '/usr/bin',
      HOME: '/home/reviewer',
      NODE_EXTRA_CA_CERTS: '/etc/ssl/extra.pem',
    });
    assert.deepStrictEqual(env, { PATH: '/usr/bin', HOME: '/home/reviewer', NODE_EXTRA_CA_CERTS: undefined });
  });

  it('starts a Node process without NODE_EXTRA_CA_CERTS, the rest of the environment kept', () => {
    const env = serverEnvironment({ ...process.env, NODE_EXTRA_CA_CERTS: '/etc/ssl/extra.pem', IMR_PROBE: 'kept' });
    const probe =
      'process.stdout.write(JSON.stringify([process.env.NODE_EXTRA_CA_CERTS ?? null, process.env.IMR_PROBE]))';
    const child = spawnSync(process.execPath, ['-e', probe], { env, encoding: 'utf8' });
    assert.deepStrictEqual(JSON.parse(child.stdout), [null, 'kept']);
  });

  it('leaves the environment it is given unchanged', () => {
    const given = { NODE_EXTRA_CA_CERTS: '/etc/ssl/extra.pem' };
    serverEnvironment(given);
    assert.deepStrictEqual(given, { NODE_EXTRA_CA_CERTS: '/etc/ssl/extra.pem' });
  });
});
