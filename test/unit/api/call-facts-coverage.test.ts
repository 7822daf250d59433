import { callDetailSchema } from '../../../src/api/schemas/call';
import { callFieldsSchema } from '../../../src/api/schemas/platform-event';
import { INDEXED_FACTS } from '../../../src/shared/call';
import { CALL_FIELDS, callFieldValue } from '../../../src/templates/call-fields';
import { sampleRenderContext } from '../../../src/templates/sample';

// A call fact is one entry in INDEXED_FACTS plus its column; these are the places the compiler cannot check.
describe('every call fact, everywhere it must be', () => {
  it('the API shows each indexed fact in a call’s detail', () => {
    const missing = INDEXED_FACTS.filter((fact) => !(fact in callDetailSchema.shape));
    expect(missing).toEqual([]);
  });

  it('the platform may report each indexed fact (but no_payout_reason and reason, which post-call updates set)', () => {
    const missing = INDEXED_FACTS.filter((fact) => !(fact in callFieldsSchema.shape));
    expect(missing).toEqual(['reason', 'no_payout_reason']);
  });

  it('the sample call that validates templates fills every field a token can read', () => {
    const sample = sampleRenderContext().call;
    expect(CALL_FIELDS.filter((field) => callFieldValue(sample, field) === undefined)).toEqual([]);
  });
});
