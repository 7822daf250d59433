import { z } from 'zod';
import { callFieldsSchema } from './platform-event';

const webhookId = z.string().min(1).max(100);
const money = z.number().finite().min(0).max(1e9);

export const simulationBody = z
  .object({
    webhook_ids: z
      .array(webhookId)
      .min(1)
      .max(50)
      .optional()
      .describe("Outgoing webhooks the simulated call may reach; default every enabled webhook subscribed to each event (filters still apply)"),
    call: callFieldsSchema.optional().describe('Call fields to use instead of the realistic defaults'),
    connected_seconds: z
      .number()
      .int()
      .min(0)
      .max(120)
      .default(16)
      .describe('How long the call stays connected before the caller hangs up (duration marks fire as they would); 0: the call is never answered and fails'),
    pre_call: z
      .object({
        incoming_webhook_id: webhookId.optional().describe("A call_data webhook; default the organization's first enabled one"),
        data: z.record(z.string().min(1).max(100), z.string().max(1000)).describe('Parameters posted for the caller before the call (they become tags)'),
      })
      .strict()
      .optional(),
    postback: z
      .object({
        incoming_webhook_id: webhookId.optional().describe("An update_fields webhook; default the organization's first enabled one"),
        converted: z.boolean().default(true),
        revenue_paid_out: money.optional(),
      })
      .strict()
      .optional()
      .describe('An update_fields post for the call once it completed'),
  })
  .strict();

export type SimulationRequest = z.output<typeof simulationBody>;

export const simulationStarted = z.object({
  simulation_id: z.string(),
  call_id: z.string(),
  workflow_id: z.string(),
  steps: z.array(z.string()).describe('What the simulation does, in order; follow it on the call timeline'),
});
