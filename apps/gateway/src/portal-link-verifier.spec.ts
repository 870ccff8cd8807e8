import { PortalLinkVerifier, RegistryUnavailableError } from './portal-link-verifier';

const LINK = '6f1e4b6a-9d1c-4c56-9a57-1f6b7f0a2b11';

/** A registry whose answer about the link the test changes, counting the questions. */
function registry(initial: string) {
  const state = { answer: initial, questions: 0 };
  const fetcher = (async () => {
    state.questions += 1;
    return new Response(JSON.stringify({ data: { _portalLinkState: state.answer } }), { headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { state, verifier: new PortalLinkVerifier({ registryUrl: 'http://registry.test/graphql', internalSecret: 'internal-secret', timeoutMs: 1000, fetcher }) };
}

describe('the portal link verifier', () => {
  it('asks the registry on every use, so a link revoked a moment ago is REVOKED on the very next request', async () => {
    const { state, verifier } = registry('ACTIVE');
    expect(await verifier.state(LINK)).toBe('ACTIVE');
    expect(await verifier.state(LINK)).toBe('ACTIVE');
    state.answer = 'REVOKED';
    expect(await verifier.state(LINK)).toBe('REVOKED');
    expect(state.questions).toBe(3);
  });

  it('says the registry is unavailable when its answer is not a link state', async () => {
    const { verifier } = registry('MAYBE');
    await expect(verifier.state(LINK)).rejects.toBeInstanceOf(RegistryUnavailableError);
  });
});
