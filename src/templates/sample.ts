// A realistic call used to validate templates at save time and to show token examples.
import type { RenderContext } from '../shared/call';

/** A converted call with every CallSnapshot field filled; a fresh copy each time so callers may mutate it. */
export function sampleRenderContext(): RenderContext {
  return {
    event: {
      id: 'evt_01HZX4K3M8Q2V7N5R9T6W1Y0AB',
      type: 'call.converted',
      occurred_at: '2025-01-15T14:32:05.000Z',
    },
    call: {
      call_id: 'b88d2ccc-4f7e-4c4a-9d1e-3a5b6c7d8e9f',
      org_id: 'org_7f3a9c',
      call_sid: 'CA1f2e3d4c5b6a798877665544332211ff',
      from: '+15551234567',
      to: '+18005550199',
      campaign_id: 'cmp_solar_tx',
      campaign_name: 'Solar Leads TX',
      publisher_id: 'pub_medi',
      publisher_name: 'Medi-Pub',
      buyer_id: 'buy_sunrise',
      buyer_name: 'Sunrise Solar',
      configured_publisher_payout: 45,
      revenue_paid_out: 90,
      publisher_paid_out: 45,
      conversion_duration_seconds: 90,
      duration: 187,
      hangup_cause: 'NORMAL_CLEARING',
      failure_reason: 'none',
      hangup_by: 'caller',
      recording_url: 'https://recordings.example.com/CA1f2e3d4c5b6a798877665544332211ff.mp3',
      caller_name: 'JANE DOE',
      caller_city: 'Austin',
      caller_state: 'TX',
      caller_zip: '78701',
      ivr: [
        { node: 'main_menu', digits: '1' },
        { node: 'zip_prompt', digits: '78701' },
      ],
      reason: 'duration threshold reached',
      simulated: false,
      status: 'connected',
      converted: true,
      call_converted_at: '2025-01-15T14:32:05.000Z',
      started_at: '2025-01-15T14:29:10.000Z',
      connected_at: '2025-01-15T14:29:18.000Z',
      ended_at: '2025-01-15T14:32:17.000Z',
      no_payout_reason: 'Condition not met',
      sip_headers: { 'X-Lead-Id': 'L-20931' },
      rtb: { bid: 12.5, bidder: 'rtb_partner_1' },
      landing_page: { url: 'https://example.com/solar?utm_source=google', utm_source: 'google' },
    },
    tags: {
      HOMEOWNER: 'yes',
      AGE: '42',
      FLIGHT_INCOMING: 'no',
      UTM_SOURCE: 'google',
      STATE: 'TX',
    },
  };
}
