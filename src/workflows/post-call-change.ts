import { ApplicationFailure } from '@temporalio/workflow';
import { NO_PAYOUT_REASONS } from '../shared/call';
import { RULE_REFUSAL, type PostCallChange } from '../shared/messages';

const isText = (v: unknown, max = 500) => typeof v === 'string' && v.length > 0 && v.length <= max;
const isMoney = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * The update validator of `postCallUpdate`: a malformed change is rejected before it reaches the history,
 * naming the field. The ingress validates too; this guards every other client.
 */
export function validatePostCallChange(change: PostCallChange, ruleRefusal?: string): void {
  const fail = (field: string, why: string): never => {
    throw new Error(`post-call change: ${field} ${why}`);
  };
  if (!change || typeof change !== 'object') fail('(root)', 'must be an object');
  if (!isText(change.request_id, 200)) fail('request_id', 'must be a non-empty string');
  if (!isText(change.webhook_id, 200)) fail('webhook_id', 'must be a non-empty string');
  if (change.transaction_id !== undefined && !isText(change.transaction_id, 200)) fail('transaction_id', 'must be a non-empty string');
  if (change.converted !== undefined && typeof change.converted !== 'boolean') fail('converted', 'must be a boolean');
  if (change.call_converted_at !== undefined && Number.isNaN(Date.parse(String(change.call_converted_at)))) fail('call_converted_at', 'must be an ISO date-time');
  if (change.revenue_paid_out !== undefined && !isMoney(change.revenue_paid_out)) fail('revenue_paid_out', 'must be a number ≥ 0');
  if (change.publisher_paid_out !== undefined && !isMoney(change.publisher_paid_out)) fail('publisher_paid_out', 'must be a number ≥ 0');
  if (change.reason !== undefined && typeof change.reason !== 'string') fail('reason', 'must be a string');
  if (change.no_payout_reason !== undefined && change.no_payout_reason !== null && !(NO_PAYOUT_REASONS as readonly string[]).includes(change.no_payout_reason)) {
    fail('no_payout_reason', `must be one of ${NO_PAYOUT_REASONS.join(', ')} or null`);
  }
  if (change.add !== undefined) {
    if (typeof change.add !== 'object' || change.add === null || Array.isArray(change.add)) fail('add', 'must be an object of tag values');
    for (const [name, value] of Object.entries(change.add)) if (typeof value !== 'string') fail(`add.${name}`, 'must be a string');
  }
  if (change.remove !== undefined && (!Array.isArray(change.remove) || change.remove.some((name) => !isText(name, 200)))) fail('remove', 'must be a list of tag names');
  const keys = ['converted', 'call_converted_at', 'revenue_paid_out', 'publisher_paid_out', 'reason', 'no_payout_reason', 'add', 'remove'] as const;
  if (!keys.some((key) => change[key] !== undefined)) fail('(root)', `must change at least one of ${keys.join(', ')}`);
  if (ruleRefusal) throw ApplicationFailure.create({ type: RULE_REFUSAL, message: ruleRefusal, nonRetryable: true });
}
