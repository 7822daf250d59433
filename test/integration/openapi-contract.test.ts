import { runSchemathesis } from '../support/schemathesis';
import { startTestStack, type TestStack } from '../support/stack';
import { createIncomingWebhook } from './incoming-support';

// The OpenAPI document is generated from the zod schemas; schemathesis checks against the running stack that
// it tells the truth: every status and content type documented, every response matching its schema, nothing
// the document allows refused (400) and nothing it forbids accepted, no 500.
describe('the OpenAPI document', () => {
  let stack: TestStack;
  beforeAll(async () => {
    // Fuzzing sends many refused credentials from one address; that limit has tests of its own (rate-limits).
    stack = await startTestStack({ AUTH_FAILURES_PER_MINUTE: '1000000' });
  });
  afterAll(() => stack.stop());

  it('holds under schemathesis: coverage, fuzzing and stateful phases, no failure', async () => {
    const keys: Record<string, string> = {};
    for (const type of ['call_data', 'update_fields', 'update_revenue', 'update_tags']) keys[type] = (await createIncomingWebhook(stack, { type })).auth_key;
    const run = await runSchemathesis(
      stack.api.url,
      {
        CALLHOOKS_API_TOKEN: stack.token,
        CALLHOOKS_INGRESS_KEY: keys.call_data,
        CALLHOOKS_UPDATE_FIELDS_KEY: keys.update_fields,
        CALLHOOKS_UPDATE_REVENUE_KEY: keys.update_revenue,
        CALLHOOKS_UPDATE_TAGS_KEY: keys.update_tags,
      },
      120,
    );
    process.stderr.write(`schemathesis: ${run.requests} requests, ${run.report.test_cases.generated} test cases, ${run.report.failures.length} failures\n`);
    if (run.exitCode !== 0) throw new Error(`schemathesis failed (exit ${run.exitCode}):\n${run.output}`);
    expect(run.report.failures).toEqual([]);
    expect(run.report.errors).toEqual([]);
    expect(Object.fromEntries(['coverage', 'fuzzing', 'stateful'].map((phase) => [phase, run.report.phases[phase].status]))).toEqual({
      coverage: 'success',
      fuzzing: 'success',
      stateful: 'success',
    });
  }, 6 * 60_000);
});
