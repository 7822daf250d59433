import { callFieldsSchema } from '../../../src/api/schemas/platform-event';
import { INDEXED_FACTS } from '../../../src/shared/call';
import { CALL_FIELDS, callFieldValue } from '../../../src/templates/call-fields';
import { sampleRenderContext } from '../../../src/templates/sample';

// A call fact is one entry in CALL_FACTS plus its column; these are the places neither it nor the compiler covers.
describe('every call fact, everywhere it must be', () => {
  it('the platform may report each indexed fact (but no_payout_reason and reason, which post-call updates set)', () => {
    const missing = INDEXED_FACTS.filter((fact) => !(fact in callFieldsSchema.shape));
    expect(missing.sort()).toEqual(['no_payout_reason', 'reason']);
  });

  it('the sample call that validates templates fills every field a token can read', () => {
    const sample = sampleRenderContext().call;
    expect(CALL_FIELDS.filter((field) => callFieldValue(sample, field) === undefined)).toEqual([]);
  });
});
