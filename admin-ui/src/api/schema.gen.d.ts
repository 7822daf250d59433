// Generated from the OpenAPI document by `npm run ui-types`: do not edit.

export interface paths {
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change to webhooks, tags, tokens and settings, newest first: who, when and what changed (secrets redacted)
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    actor_token_id?: string;
                    cursor?: string;
                    limit?: number;
                    resource_id?: string;
                    resource_type?: "incoming_webhook" | "outgoing_webhook" | "tag" | "token" | "settings" | "organization";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @enum {string} */
                                action: "created" | "updated" | "deleted" | "revoked" | "key_rotated" | "secret_rotated" | "paused" | "resumed" | "recovered";
                                actor: {
                                    name: string;
                                    role: string;
                                    token_id: string;
                                };
                                at: string;
                                changes: {
                                    after: unknown;
                                    before: unknown;
                                    field: string;
                                }[];
                                id: string;
                                request_id: string | null;
                                resource: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "incoming_webhook" | "outgoing_webhook" | "tag" | "token" | "settings" | "organization";
                                };
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List calls, newest first
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    caller?: string;
                    campaign_id?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    status?: "ringing" | "connected" | "ended" | "failed" | "completed";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of calls from the call index */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                buyer_id: string | null;
                                buyer_name: string | null;
                                call_converted_at: string | null;
                                call_id: string;
                                campaign_id: string | null;
                                campaign_name: string | null;
                                closed_at: string | null;
                                completed_at: string | null;
                                configured_publisher_payout: number | null;
                                connected_at: string | null;
                                converted: boolean;
                                duration: number | null;
                                ended_at: string | null;
                                from: string | null;
                                post_call_window_ends_at: string | null;
                                publisher_id: string | null;
                                publisher_name: string | null;
                                publisher_paid_out: number | null;
                                revenue_paid_out: number | null;
                                /** @description A call from the call simulator */
                                simulated: boolean;
                                started_at: string | null;
                                status: string;
                                to: string | null;
                                workflow_id: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{call_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a call: live from its workflow while it runs, from the index after
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    call_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The call */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id: string | null;
                            buyer_name: string | null;
                            call_converted_at: string | null;
                            call_id: string;
                            call_sid: string | null;
                            caller_city: string | null;
                            caller_name: string | null;
                            caller_state: string | null;
                            caller_zip: string | null;
                            campaign_id: string | null;
                            campaign_name: string | null;
                            closed_at: string | null;
                            completed_at: string | null;
                            configured_publisher_payout: number | null;
                            connected_at: string | null;
                            converted: boolean;
                            duration: number | null;
                            ended_at: string | null;
                            failure_reason: string | null;
                            from: string | null;
                            hangup_by: string | null;
                            hangup_cause: string | null;
                            /** @description IVR / DTMF inputs in the order the caller made them */
                            ivr: {
                                digits: string;
                                node?: string;
                            }[];
                            no_payout_reason: string | null;
                            post_call_window_ends_at: string | null;
                            publisher_id: string | null;
                            publisher_name: string | null;
                            publisher_paid_out: number | null;
                            reason: string | null;
                            recording_url: string | null;
                            revenue_paid_out: number | null;
                            /** @description A call from the call simulator */
                            simulated: boolean;
                            /**
                             * @description workflow: live state of a running call; index: the call index
                             * @enum {string}
                             */
                            source: "workflow" | "index";
                            started_at: string | null;
                            status: string;
                            /** @description where each tag value came from */
                            tag_sources: {
                                [key: string]: {
                                    key: string;
                                    request_id?: string;
                                    /** @enum {string} */
                                    type: "platform" | "sip_header" | "rtb" | "landing_page" | "incoming_webhook";
                                    webhook_id?: string;
                                };
                            };
                            tags: {
                                [key: string]: string;
                            };
                            to: string | null;
                            workflow_id: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{call_id}/empty-tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Why tags were empty on a call: expired, posted after it, for another number, refused or filtered
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    call_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tags the call's webhooks or the organization name that it lacked, with reasons */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id: string;
                            caller: string | null;
                            /** @description Each tag the call's webhooks or the organization's definitions name that had no value on the call, with why */
                            empty_tags: {
                                reasons: {
                                    at: string | null;
                                    /** @description The delivery the reason is about (delivery_filtered) */
                                    delivery_id: string | null;
                                    /** @enum {string} */
                                    kind: "expired_before_call" | "posted_after_call" | "different_number" | "request_refused" | "delivery_filtered" | "no_request";
                                    /** @description The incoming request the reason is about */
                                    request_id: string | null;
                                    text: string;
                                }[];
                                tag: string;
                                /** @description Outgoing webhooks that sent this call and name the tag; empty when only the organization's tag definitions name it */
                                used_by: string[];
                            }[];
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{call_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a call lifecycle event
         * @description Token roles: admin, platform.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    call_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        call?: {
                            buyer_id?: string;
                            buyer_name?: string;
                            call_sid?: string;
                            caller_city?: string;
                            caller_name?: string;
                            caller_state?: string;
                            caller_zip?: string;
                            campaign_id?: string;
                            campaign_name?: string;
                            configured_publisher_payout?: number;
                            conversion_duration_seconds?: number;
                            duration?: number;
                            failure_reason?: string;
                            from?: string;
                            hangup_by?: string;
                            hangup_cause?: string;
                            /** @description IVR / DTMF inputs in the order the caller made them; replaces any earlier list */
                            ivr?: {
                                digits: string;
                                node?: string;
                            }[];
                            landing_page?: {
                                [key: string]: components["schemas"]["StorableJson"];
                            };
                            publisher_id?: string;
                            publisher_name?: string;
                            publisher_paid_out?: number;
                            recording_url?: string;
                            revenue_paid_out?: number;
                            rtb?: {
                                [key: string]: components["schemas"]["StorableJson"];
                            };
                            sip_headers?: {
                                [key: string]: string;
                            };
                            tags?: {
                                [key: string]: string;
                            };
                            to?: string;
                        };
                        event_id?: string;
                        /** Format: date-time */
                        occurred_at?: string;
                        /** @enum {string} */
                        type: "incoming" | "connected" | "hangup" | "failure" | "converted";
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description Accepted: the event is durable in the call workflow */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id: string;
                            event_id: string;
                            workflow_id: string;
                        };
                    };
                };
                /** @description Invalid event */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A phone number of the documented shape that is not a possible number */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal cannot take the event now; retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{call_id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A call's timeline, built from its workflow history
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    call_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The timeline */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id: string;
                            entries: {
                                at: string;
                                detail?: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                kind: "event" | "ignored" | "enrichment" | "tags" | "timer" | "delivery" | "attempt" | "update" | "other";
                                title: string;
                            }[];
                            temporal_web_url: string | null;
                            workflow_id: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export calls as CSV (the same filters as the list), streamed
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    caller?: string;
                    campaign_id?: string;
                    from?: string;
                    status?: "ringing" | "connected" | "ended" | "failed" | "completed";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every call the filters match, newest first, as CSV (RFC 4180, a header line first). Cells starting with = + - @ are prefixed with ' so spreadsheets never run them as formulas. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events outgoing webhooks can subscribe to, and the template tokens available
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The event catalogue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                description: string;
                                /** @enum {string} */
                                type: "call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated";
                            }[];
                            seen_tags: string[];
                            tags: {
                                description: string;
                                display_name: string;
                                name: string;
                            }[];
                            tokens: {
                                description: string;
                                example: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/held-postbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Postbacks waiting for their call, newest first
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of held postbacks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                call_id: string | null;
                                caller: string | null;
                                change: {
                                    [key: string]: unknown;
                                };
                                expires_at: string;
                                id: string;
                                received_at: string;
                                request_id: string;
                                webhook_id: string;
                                webhook_type: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/held-postbacks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Discard a held postback
         * @description Token roles: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Discarded */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such postback waiting (never held, given to a call, discarded or expired) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/held-postbacks/{id}/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a held postback to a call (any call within retention); it applies as if the call had matched
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        call_id: string;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description Given to the call: applied, or queued until the call completes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id: string;
                            duplicate: boolean;
                            id: string;
                            queued: boolean;
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such postback waiting (never held, given to a call, discarded or expired) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The call refused it (e.g. a payout before completion); it stays held */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The call closed before late updates could reopen calls */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incoming-webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List incoming webhooks
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of webhooks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                auth_key: string;
                                created_at: string;
                                default_region: string | null;
                                /** @default true */
                                enabled: boolean;
                                example_url: string;
                                /** @default [] */
                                header_tag_allow: string[];
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                header_tags: "all" | "none" | "allow";
                                id: string;
                                /** @default 3600 */
                                lifespan_seconds: number;
                                name: string;
                                /** @default {} */
                                parameter_map: {
                                    [key: string]: string;
                                };
                                previous_key_expires_at: string | null;
                                /** @enum {string} */
                                type: "call_data" | "update_fields" | "update_revenue" | "update_tags";
                                updated_at: string;
                                url: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an incoming webhook (its auth key and URL included)
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        default_region?: ("AC" | "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TA" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "ac" | "ad" | "ae" | "af" | "ag" | "ai" | "al" | "am" | "ao" | "ar" | "as" | "at" | "au" | "aw" | "ax" | "az" | "ba" | "bb" | "bd" | "be" | "bf" | "bg" | "bh" | "bi" | "bj" | "bl" | "bm" | "bn" | "bo" | "bq" | "br" | "bs" | "bt" | "bw" | "by" | "bz" | "ca" | "cc" | "cd" | "cf" | "cg" | "ch" | "ci" | "ck" | "cl" | "cm" | "cn" | "co" | "cr" | "cu" | "cv" | "cw" | "cx" | "cy" | "cz" | "de" | "dj" | "dk" | "dm" | "do" | "dz" | "ec" | "ee" | "eg" | "eh" | "er" | "es" | "et" | "fi" | "fj" | "fk" | "fm" | "fo" | "fr" | "ga" | "gb" | "gd" | "ge" | "gf" | "gg" | "gh" | "gi" | "gl" | "gm" | "gn" | "gp" | "gq" | "gr" | "gt" | "gu" | "gw" | "gy" | "hk" | "hn" | "hr" | "ht" | "hu" | "id" | "ie" | "il" | "im" | "in" | "io" | "iq" | "ir" | "is" | "it" | "je" | "jm" | "jo" | "jp" | "ke" | "kg" | "kh" | "ki" | "km" | "kn" | "kp" | "kr" | "kw" | "ky" | "kz" | "la" | "lb" | "lc" | "li" | "lk" | "lr" | "ls" | "lt" | "lu" | "lv" | "ly" | "ma" | "mc" | "md" | "me" | "mf" | "mg" | "mh" | "mk" | "ml" | "mm" | "mn" | "mo" | "mp" | "mq" | "mr" | "ms" | "mt" | "mu" | "mv" | "mw" | "mx" | "my" | "mz" | "na" | "nc" | "ne" | "nf" | "ng" | "ni" | "nl" | "no" | "np" | "nr" | "nu" | "nz" | "om" | "pa" | "pe" | "pf" | "pg" | "ph" | "pk" | "pl" | "pm" | "pr" | "ps" | "pt" | "pw" | "py" | "qa" | "re" | "ro" | "rs" | "ru" | "rw" | "sa" | "sb" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sj" | "sk" | "sl" | "sm" | "sn" | "so" | "sr" | "ss" | "st" | "sv" | "sx" | "sy" | "sz" | "ta" | "tc" | "td" | "tg" | "th" | "tj" | "tk" | "tl" | "tm" | "tn" | "to" | "tr" | "tt" | "tv" | "tw" | "tz" | "ua" | "ug" | "us" | "uy" | "uz" | "va" | "vc" | "ve" | "vg" | "vi" | "vn" | "vu" | "wf" | "ws" | "xk" | "ye" | "yt" | "za" | "zm" | "zw") | null;
                        /** @default true */
                        enabled?: boolean;
                        /** @default [] */
                        header_tag_allow?: string[];
                        /**
                         * @default none
                         * @enum {string}
                         */
                        header_tags?: "all" | "none" | "allow";
                        /** @default 3600 */
                        lifespan_seconds?: number;
                        name: string;
                        /** @default {} */
                        parameter_map?: {
                            [key: string]: string;
                        };
                        /** @enum {string} */
                        type: "call_data" | "update_fields" | "update_revenue" | "update_tags";
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            auth_key: string;
                            created_at: string;
                            default_region: string | null;
                            /** @default true */
                            enabled: boolean;
                            example_url: string;
                            /** @default [] */
                            header_tag_allow: string[];
                            /**
                             * @default none
                             * @enum {string}
                             */
                            header_tags: "all" | "none" | "allow";
                            id: string;
                            /** @default 3600 */
                            lifespan_seconds: number;
                            name: string;
                            /** @default {} */
                            parameter_map: {
                                [key: string]: string;
                            };
                            previous_key_expires_at: string | null;
                            /** @enum {string} */
                            type: "call_data" | "update_fields" | "update_revenue" | "update_tags";
                            updated_at: string;
                            url: string;
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incoming-webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an incoming webhook
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            auth_key: string;
                            created_at: string;
                            default_region: string | null;
                            /** @default true */
                            enabled: boolean;
                            example_url: string;
                            /** @default [] */
                            header_tag_allow: string[];
                            /**
                             * @default none
                             * @enum {string}
                             */
                            header_tags: "all" | "none" | "allow";
                            id: string;
                            /** @default 3600 */
                            lifespan_seconds: number;
                            name: string;
                            /** @default {} */
                            parameter_map: {
                                [key: string]: string;
                            };
                            previous_key_expires_at: string | null;
                            /** @enum {string} */
                            type: "call_data" | "update_fields" | "update_revenue" | "update_tags";
                            updated_at: string;
                            url: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an incoming webhook (its key stops working at once)
         * @description Token roles: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change an incoming webhook
         * @description Token roles: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        default_region?: ("AC" | "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TA" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "ac" | "ad" | "ae" | "af" | "ag" | "ai" | "al" | "am" | "ao" | "ar" | "as" | "at" | "au" | "aw" | "ax" | "az" | "ba" | "bb" | "bd" | "be" | "bf" | "bg" | "bh" | "bi" | "bj" | "bl" | "bm" | "bn" | "bo" | "bq" | "br" | "bs" | "bt" | "bw" | "by" | "bz" | "ca" | "cc" | "cd" | "cf" | "cg" | "ch" | "ci" | "ck" | "cl" | "cm" | "cn" | "co" | "cr" | "cu" | "cv" | "cw" | "cx" | "cy" | "cz" | "de" | "dj" | "dk" | "dm" | "do" | "dz" | "ec" | "ee" | "eg" | "eh" | "er" | "es" | "et" | "fi" | "fj" | "fk" | "fm" | "fo" | "fr" | "ga" | "gb" | "gd" | "ge" | "gf" | "gg" | "gh" | "gi" | "gl" | "gm" | "gn" | "gp" | "gq" | "gr" | "gt" | "gu" | "gw" | "gy" | "hk" | "hn" | "hr" | "ht" | "hu" | "id" | "ie" | "il" | "im" | "in" | "io" | "iq" | "ir" | "is" | "it" | "je" | "jm" | "jo" | "jp" | "ke" | "kg" | "kh" | "ki" | "km" | "kn" | "kp" | "kr" | "kw" | "ky" | "kz" | "la" | "lb" | "lc" | "li" | "lk" | "lr" | "ls" | "lt" | "lu" | "lv" | "ly" | "ma" | "mc" | "md" | "me" | "mf" | "mg" | "mh" | "mk" | "ml" | "mm" | "mn" | "mo" | "mp" | "mq" | "mr" | "ms" | "mt" | "mu" | "mv" | "mw" | "mx" | "my" | "mz" | "na" | "nc" | "ne" | "nf" | "ng" | "ni" | "nl" | "no" | "np" | "nr" | "nu" | "nz" | "om" | "pa" | "pe" | "pf" | "pg" | "ph" | "pk" | "pl" | "pm" | "pr" | "ps" | "pt" | "pw" | "py" | "qa" | "re" | "ro" | "rs" | "ru" | "rw" | "sa" | "sb" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sj" | "sk" | "sl" | "sm" | "sn" | "so" | "sr" | "ss" | "st" | "sv" | "sx" | "sy" | "sz" | "ta" | "tc" | "td" | "tg" | "th" | "tj" | "tk" | "tl" | "tm" | "tn" | "to" | "tr" | "tt" | "tv" | "tw" | "tz" | "ua" | "ug" | "us" | "uy" | "uz" | "va" | "vc" | "ve" | "vg" | "vi" | "vn" | "vu" | "wf" | "ws" | "xk" | "ye" | "yt" | "za" | "zm" | "zw") | null;
                        enabled?: boolean;
                        header_tag_allow?: string[];
                        /** @enum {string} */
                        header_tags?: "all" | "none" | "allow";
                        lifespan_seconds?: number;
                        name?: string;
                        parameter_map?: {
                            [key: string]: string;
                        };
                        /** @enum {string} */
                        type?: "call_data" | "update_fields" | "update_revenue" | "update_tags";
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description The changed webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            auth_key: string;
                            created_at: string;
                            default_region: string | null;
                            /** @default true */
                            enabled: boolean;
                            example_url: string;
                            /** @default [] */
                            header_tag_allow: string[];
                            /**
                             * @default none
                             * @enum {string}
                             */
                            header_tags: "all" | "none" | "allow";
                            id: string;
                            /** @default 3600 */
                            lifespan_seconds: number;
                            name: string;
                            /** @default {} */
                            parameter_map: {
                                [key: string]: string;
                            };
                            previous_key_expires_at: string | null;
                            /** @enum {string} */
                            type: "call_data" | "update_fields" | "update_revenue" | "update_tags";
                            updated_at: string;
                            url: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/incoming-webhooks/{id}/rotate-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new auth key; the old one works for the grace period
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default 3600 */
                        grace_period_seconds?: number;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description The webhook with its new key and URL */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            auth_key: string;
                            created_at: string;
                            default_region: string | null;
                            /** @default true */
                            enabled: boolean;
                            example_url: string;
                            /** @default [] */
                            header_tag_allow: string[];
                            /**
                             * @default none
                             * @enum {string}
                             */
                            header_tags: "all" | "none" | "allow";
                            id: string;
                            /** @default 3600 */
                            lifespan_seconds: number;
                            name: string;
                            /** @default {} */
                            parameter_map: {
                                [key: string]: string;
                            };
                            previous_key_expires_at: string | null;
                            /** @enum {string} */
                            type: "call_data" | "update_fields" | "update_revenue" | "update_tags";
                            updated_at: string;
                            url: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/logs/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests to the public ingress, newest first
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    caller?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    status?: number;
                    to?: string;
                    webhook_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                call_id: string | null;
                                caller_id: string | null;
                                id: string;
                                latency_ms: number;
                                method: string;
                                path: string;
                                received_at: string;
                                status: number;
                                webhook_id: string | null;
                                webhook_name: string | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/logs/incoming/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ingress request with its query, headers, body and response
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attached_calls: string[];
                            body: string | null;
                            call_id: string | null;
                            caller_id: string | null;
                            headers: {
                                [key: string]: string;
                            };
                            id: string;
                            latency_ms: number;
                            method: string;
                            path: string;
                            query: {
                                [key: string]: unknown;
                            };
                            received_at: string;
                            response_body: unknown;
                            status: number;
                            webhook_id: string | null;
                            webhook_name: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/logs/incoming/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export ingress requests as CSV (the same filters as the list), streamed
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    caller?: string;
                    from?: string;
                    status?: number;
                    to?: string;
                    webhook_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every ingress request the filters match, newest first, as CSV (RFC 4180, a header line first). Cells starting with = + - @ are prefixed with ' so spreadsheets never run them as formulas. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/logs/outgoing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outgoing deliveries, newest first
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    call_id?: string;
                    caller?: string;
                    cursor?: string;
                    event_type?: "call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated";
                    from?: string;
                    limit?: number;
                    status?: "pending" | "held" | "succeeded" | "failed" | "skipped";
                    to?: string;
                    webhook_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of deliveries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                attempts_count: number;
                                call_id: string | null;
                                created_at: string;
                                duration_ms: number | null;
                                error: string | null;
                                event_id: string;
                                event_type: string;
                                id: string;
                                last_status_code: number | null;
                                method: string | null;
                                next_attempt_at: string | null;
                                queued_behind: {
                                    ahead: number;
                                    attempts_count: number;
                                    delivery_id: string;
                                    error: string | null;
                                    event_type: string;
                                    /** @enum {string} */
                                    status: "pending" | "held" | "succeeded" | "failed" | "skipped";
                                } | null;
                                redelivery_of: string | null;
                                simulated: boolean;
                                /** @enum {string} */
                                status: "pending" | "held" | "succeeded" | "failed" | "skipped";
                                tags: string[];
                                test: boolean;
                                updated_at: string;
                                url: string | null;
                                webhook_id: string;
                                webhook_name: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/logs/outgoing/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One delivery with every attempt: request sent and response received (secrets redacted)
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: {
                                attempt: number;
                                created_at: string;
                                duration_ms: number;
                                error: string | null;
                                id: string;
                                request: {
                                    body: string | null;
                                    headers: {
                                        [key: string]: string;
                                    };
                                    method: string;
                                    url: string;
                                };
                                response: {
                                    body: string;
                                    body_truncated: boolean;
                                    headers: {
                                        [key: string]: string;
                                    };
                                    status: number;
                                } | null;
                                trace_id: string | null;
                            }[];
                            attempts_count: number;
                            call_id: string | null;
                            created_at: string;
                            duration_ms: number | null;
                            error: string | null;
                            event_id: string;
                            event_type: string;
                            id: string;
                            last_status_code: number | null;
                            method: string | null;
                            next_attempt_at: string | null;
                            queued_behind: {
                                ahead: number;
                                attempts_count: number;
                                delivery_id: string;
                                error: string | null;
                                event_type: string;
                                /** @enum {string} */
                                status: "pending" | "held" | "succeeded" | "failed" | "skipped";
                            } | null;
                            redelivery_of: string | null;
                            simulated: boolean;
                            /** @enum {string} */
                            status: "pending" | "held" | "succeeded" | "failed" | "skipped";
                            tags: string[];
                            test: boolean;
                            updated_at: string;
                            url: string | null;
                            webhook_id: string;
                            webhook_name: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/logs/outgoing/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a past delivery's event again as a new delivery, with the webhook's current settings and retry policy, under the event's first `webhook-id` (receivers dedupe on it); refused while a delivery of the event to the webhook is still pending or held
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The new delivery, started */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts_count: number;
                            call_id: string | null;
                            created_at: string;
                            duration_ms: number | null;
                            error: string | null;
                            event_id: string;
                            event_type: string;
                            id: string;
                            last_status_code: number | null;
                            method: string | null;
                            next_attempt_at: string | null;
                            queued_behind: {
                                ahead: number;
                                attempts_count: number;
                                delivery_id: string;
                                error: string | null;
                                event_type: string;
                                /** @enum {string} */
                                status: "pending" | "held" | "succeeded" | "failed" | "skipped";
                            } | null;
                            redelivery_of: string | null;
                            simulated: boolean;
                            /** @enum {string} */
                            status: "pending" | "held" | "succeeded" | "failed" | "skipped";
                            tags: string[];
                            test: boolean;
                            updated_at: string;
                            url: string | null;
                            webhook_id: string;
                            webhook_name: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The webhook is deleted or disabled, the delivery was a test send or for a simulated call, or a delivery of the same event to the webhook is still live (named) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/logs/outgoing/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export deliveries as CSV (the same filters as the list), streamed
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    call_id?: string;
                    caller?: string;
                    event_type?: "call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated";
                    from?: string;
                    status?: "pending" | "held" | "succeeded" | "failed" | "skipped";
                    to?: string;
                    webhook_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every delivery the filters match, newest first, as CSV (RFC 4180, a header line first). Cells starting with = + - @ are prefixed with ' so spreadsheets never run them as formulas. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization and token making the request, and what the token may do
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Who you are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organization: {
                                default_region: string;
                                id: string;
                                name: string;
                                /** @description IANA zone the dashboard shows times in */
                                timezone: string;
                            };
                            token: {
                                id: string;
                                instance_admin: boolean;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "platform" | "read";
                            };
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description Token roles: instance_admin.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of organizations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @default 365 */
                                call_retention_days: number;
                                created_at: string;
                                /** @default US */
                                default_region: unknown;
                                disabled_at: string | null;
                                /** @default true */
                                enabled: boolean;
                                id: string;
                                /** @default 604800 */
                                match_window_seconds: number;
                                name: string;
                                rate_limits: {
                                    api_per_address: {
                                        burst: number;
                                        per_second: number;
                                    };
                                    api_per_token: {
                                        burst: number;
                                        per_second: number;
                                    };
                                    ingress_per_address: {
                                        burst: number;
                                        per_second: number;
                                    };
                                    ingress_per_key: {
                                        burst: number;
                                        per_second: number;
                                    };
                                };
                                /** @default 30 */
                                retention_days: number;
                                /** @default UTC */
                                timezone: string;
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an organization with its first admin token (shown once)
         * @description Token roles: instance_admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 365 */
                        call_retention_days?: number;
                        /** @enum {string} */
                        default_region?: "AC" | "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TA" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "ac" | "ad" | "ae" | "af" | "ag" | "ai" | "al" | "am" | "ao" | "ar" | "as" | "at" | "au" | "aw" | "ax" | "az" | "ba" | "bb" | "bd" | "be" | "bf" | "bg" | "bh" | "bi" | "bj" | "bl" | "bm" | "bn" | "bo" | "bq" | "br" | "bs" | "bt" | "bw" | "by" | "bz" | "ca" | "cc" | "cd" | "cf" | "cg" | "ch" | "ci" | "ck" | "cl" | "cm" | "cn" | "co" | "cr" | "cu" | "cv" | "cw" | "cx" | "cy" | "cz" | "de" | "dj" | "dk" | "dm" | "do" | "dz" | "ec" | "ee" | "eg" | "eh" | "er" | "es" | "et" | "fi" | "fj" | "fk" | "fm" | "fo" | "fr" | "ga" | "gb" | "gd" | "ge" | "gf" | "gg" | "gh" | "gi" | "gl" | "gm" | "gn" | "gp" | "gq" | "gr" | "gt" | "gu" | "gw" | "gy" | "hk" | "hn" | "hr" | "ht" | "hu" | "id" | "ie" | "il" | "im" | "in" | "io" | "iq" | "ir" | "is" | "it" | "je" | "jm" | "jo" | "jp" | "ke" | "kg" | "kh" | "ki" | "km" | "kn" | "kp" | "kr" | "kw" | "ky" | "kz" | "la" | "lb" | "lc" | "li" | "lk" | "lr" | "ls" | "lt" | "lu" | "lv" | "ly" | "ma" | "mc" | "md" | "me" | "mf" | "mg" | "mh" | "mk" | "ml" | "mm" | "mn" | "mo" | "mp" | "mq" | "mr" | "ms" | "mt" | "mu" | "mv" | "mw" | "mx" | "my" | "mz" | "na" | "nc" | "ne" | "nf" | "ng" | "ni" | "nl" | "no" | "np" | "nr" | "nu" | "nz" | "om" | "pa" | "pe" | "pf" | "pg" | "ph" | "pk" | "pl" | "pm" | "pr" | "ps" | "pt" | "pw" | "py" | "qa" | "re" | "ro" | "rs" | "ru" | "rw" | "sa" | "sb" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sj" | "sk" | "sl" | "sm" | "sn" | "so" | "sr" | "ss" | "st" | "sv" | "sx" | "sy" | "sz" | "ta" | "tc" | "td" | "tg" | "th" | "tj" | "tk" | "tl" | "tm" | "tn" | "to" | "tr" | "tt" | "tv" | "tw" | "tz" | "ua" | "ug" | "us" | "uy" | "uz" | "va" | "vc" | "ve" | "vg" | "vi" | "vn" | "vu" | "wf" | "ws" | "xk" | "ye" | "yt" | "za" | "zm" | "zw";
                        /** @default true */
                        enabled?: boolean;
                        /** @default 604800 */
                        match_window_seconds?: number;
                        name: string;
                        /** @default {} */
                        rate_limits?: {
                            api_per_address?: ({
                                burst: number;
                                per_second: number;
                            } & {
                                [key: string]: components["schemas"]["StorableJson"];
                            }) | null;
                            api_per_token?: ({
                                burst: number;
                                per_second: number;
                            } & {
                                [key: string]: components["schemas"]["StorableJson"];
                            }) | null;
                            ingress_per_address?: ({
                                burst: number;
                                per_second: number;
                            } & {
                                [key: string]: components["schemas"]["StorableJson"];
                            }) | null;
                            ingress_per_key?: ({
                                burst: number;
                                per_second: number;
                            } & {
                                [key: string]: components["schemas"]["StorableJson"];
                            }) | null;
                        } & {
                            [key: string]: components["schemas"]["StorableJson"];
                        };
                        /** @default 30 */
                        retention_days?: number;
                        /** @default UTC */
                        timezone?: string;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            admin_token: {
                                created_at: string;
                                expires_at: string | null;
                                id: string;
                                instance_admin: boolean;
                                last_used_at: string | null;
                                name: string;
                                revoked_at: string | null;
                                /** @enum {string} */
                                role: "admin" | "platform" | "read";
                                /** @enum {string} */
                                status: "active" | "expired" | "revoked";
                                token: string;
                            };
                            /** @default 365 */
                            call_retention_days: number;
                            created_at: string;
                            /** @default US */
                            default_region: unknown;
                            disabled_at: string | null;
                            /** @default true */
                            enabled: boolean;
                            id: string;
                            /** @default 604800 */
                            match_window_seconds: number;
                            name: string;
                            rate_limits: {
                                api_per_address: {
                                    burst: number;
                                    per_second: number;
                                };
                                api_per_token: {
                                    burst: number;
                                    per_second: number;
                                };
                                ingress_per_address: {
                                    burst: number;
                                    per_second: number;
                                };
                                ingress_per_key: {
                                    burst: number;
                                    per_second: number;
                                };
                            };
                            /** @default 30 */
                            retention_days: number;
                            /** @default UTC */
                            timezone: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A value of the documented shape the API cannot use (a time zone Intl does not know, an expiry in the past) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization
         * @description Token roles: instance_admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The organization */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default 365 */
                            call_retention_days: number;
                            created_at: string;
                            /** @default US */
                            default_region: unknown;
                            disabled_at: string | null;
                            /** @default true */
                            enabled: boolean;
                            id: string;
                            /** @default 604800 */
                            match_window_seconds: number;
                            name: string;
                            rate_limits: {
                                api_per_address: {
                                    burst: number;
                                    per_second: number;
                                };
                                api_per_token: {
                                    burst: number;
                                    per_second: number;
                                };
                                ingress_per_address: {
                                    burst: number;
                                    per_second: number;
                                };
                                ingress_per_key: {
                                    burst: number;
                                    per_second: number;
                                };
                            };
                            /** @default 30 */
                            retention_days: number;
                            /** @default UTC */
                            timezone: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an organization's settings, or disable it (its tokens and ingress keys stop working at once) and enable it again
         * @description Token roles: instance_admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        call_retention_days?: number;
                        /** @enum {string} */
                        default_region?: "AC" | "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TA" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "ac" | "ad" | "ae" | "af" | "ag" | "ai" | "al" | "am" | "ao" | "ar" | "as" | "at" | "au" | "aw" | "ax" | "az" | "ba" | "bb" | "bd" | "be" | "bf" | "bg" | "bh" | "bi" | "bj" | "bl" | "bm" | "bn" | "bo" | "bq" | "br" | "bs" | "bt" | "bw" | "by" | "bz" | "ca" | "cc" | "cd" | "cf" | "cg" | "ch" | "ci" | "ck" | "cl" | "cm" | "cn" | "co" | "cr" | "cu" | "cv" | "cw" | "cx" | "cy" | "cz" | "de" | "dj" | "dk" | "dm" | "do" | "dz" | "ec" | "ee" | "eg" | "eh" | "er" | "es" | "et" | "fi" | "fj" | "fk" | "fm" | "fo" | "fr" | "ga" | "gb" | "gd" | "ge" | "gf" | "gg" | "gh" | "gi" | "gl" | "gm" | "gn" | "gp" | "gq" | "gr" | "gt" | "gu" | "gw" | "gy" | "hk" | "hn" | "hr" | "ht" | "hu" | "id" | "ie" | "il" | "im" | "in" | "io" | "iq" | "ir" | "is" | "it" | "je" | "jm" | "jo" | "jp" | "ke" | "kg" | "kh" | "ki" | "km" | "kn" | "kp" | "kr" | "kw" | "ky" | "kz" | "la" | "lb" | "lc" | "li" | "lk" | "lr" | "ls" | "lt" | "lu" | "lv" | "ly" | "ma" | "mc" | "md" | "me" | "mf" | "mg" | "mh" | "mk" | "ml" | "mm" | "mn" | "mo" | "mp" | "mq" | "mr" | "ms" | "mt" | "mu" | "mv" | "mw" | "mx" | "my" | "mz" | "na" | "nc" | "ne" | "nf" | "ng" | "ni" | "nl" | "no" | "np" | "nr" | "nu" | "nz" | "om" | "pa" | "pe" | "pf" | "pg" | "ph" | "pk" | "pl" | "pm" | "pr" | "ps" | "pt" | "pw" | "py" | "qa" | "re" | "ro" | "rs" | "ru" | "rw" | "sa" | "sb" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sj" | "sk" | "sl" | "sm" | "sn" | "so" | "sr" | "ss" | "st" | "sv" | "sx" | "sy" | "sz" | "ta" | "tc" | "td" | "tg" | "th" | "tj" | "tk" | "tl" | "tm" | "tn" | "to" | "tr" | "tt" | "tv" | "tw" | "tz" | "ua" | "ug" | "us" | "uy" | "uz" | "va" | "vc" | "ve" | "vg" | "vi" | "vn" | "vu" | "wf" | "ws" | "xk" | "ye" | "yt" | "za" | "zm" | "zw";
                        enabled?: boolean;
                        match_window_seconds?: number;
                        name?: string;
                        rate_limits?: {
                            api_per_address?: ({
                                burst: number;
                                per_second: number;
                            } & {
                                [key: string]: components["schemas"]["StorableJson"];
                            }) | null;
                            api_per_token?: ({
                                burst: number;
                                per_second: number;
                            } & {
                                [key: string]: components["schemas"]["StorableJson"];
                            }) | null;
                            ingress_per_address?: ({
                                burst: number;
                                per_second: number;
                            } & {
                                [key: string]: components["schemas"]["StorableJson"];
                            }) | null;
                            ingress_per_key?: ({
                                burst: number;
                                per_second: number;
                            } & {
                                [key: string]: components["schemas"]["StorableJson"];
                            }) | null;
                        } & {
                            [key: string]: components["schemas"]["StorableJson"];
                        };
                        retention_days?: number;
                        timezone?: string;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description The changed organization */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default 365 */
                            call_retention_days: number;
                            created_at: string;
                            /** @default US */
                            default_region: unknown;
                            disabled_at: string | null;
                            /** @default true */
                            enabled: boolean;
                            id: string;
                            /** @default 604800 */
                            match_window_seconds: number;
                            name: string;
                            rate_limits: {
                                api_per_address: {
                                    burst: number;
                                    per_second: number;
                                };
                                api_per_token: {
                                    burst: number;
                                    per_second: number;
                                };
                                ingress_per_address: {
                                    burst: number;
                                    per_second: number;
                                };
                                ingress_per_key: {
                                    burst: number;
                                    per_second: number;
                                };
                            };
                            /** @default 30 */
                            retention_days: number;
                            /** @default UTC */
                            timezone: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The instance admin's own organization cannot be disabled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A value of the documented shape the API cannot use (a time zone Intl does not know, an expiry in the past) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/organizations/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an API token into an organization (shown once), e.g. to replace a lost admin token
         * @description Token roles: instance_admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expires_at?: string | null;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "platform" | "read";
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created_at: string;
                            expires_at: string | null;
                            id: string;
                            instance_admin: boolean;
                            last_used_at: string | null;
                            name: string;
                            revoked_at: string | null;
                            /** @enum {string} */
                            role: "admin" | "platform" | "read";
                            /** @enum {string} */
                            status: "active" | "expired" | "revoked";
                            token: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A value of the documented shape the API cannot use (a time zone Intl does not know, an expiry in the past) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outgoing-webhook-presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready-made webhooks (Slack, Telegram) to start from, with the target’s rate limit
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The presets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @default  */
                                alert_template: string;
                                /**
                                 * @default json
                                 * @enum {string}
                                 */
                                body_format: "json" | "form" | "raw" | "none";
                                /** @default  */
                                body_template: string;
                                description: string;
                                event_types: ("call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated")[];
                                /** @default {} */
                                headers: {
                                    [key: string]: string;
                                };
                                id: string;
                                /**
                                 * @default POST
                                 * @enum {string}
                                 */
                                method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                                name: string;
                                /** @default null */
                                rate_limit: {
                                    /** @default 1 */
                                    burst: number;
                                    /** @enum {string} */
                                    per: "second" | "minute";
                                    requests: number;
                                } | null;
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outgoing-webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List outgoing webhooks
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of webhooks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @default  */
                                alert_template: string;
                                /**
                                 * @default json
                                 * @enum {string}
                                 */
                                body_format: "json" | "form" | "raw" | "none";
                                /** @default  */
                                body_template: string;
                                created_at: string;
                                /** @default true */
                                enabled: boolean;
                                event_types: ("call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated")[];
                                /** @default [] */
                                filters: ({
                                    field: string;
                                    /** @enum {string} */
                                    op: "equals" | "not_equals";
                                    value: string | number | boolean;
                                } | {
                                    field: string;
                                    /** @constant */
                                    op: "contains";
                                    value: string;
                                } | {
                                    field: string;
                                    /** @enum {string} */
                                    op: "exists" | "not_exists";
                                } | {
                                    field: string;
                                    /** @constant */
                                    op: "in";
                                    value: (string | number)[];
                                } | {
                                    field: string;
                                    /** @enum {string} */
                                    op: "gt" | "gte" | "lt" | "lte";
                                    value: number | unknown;
                                })[];
                                /** @default {} */
                                headers: {
                                    [key: string]: string;
                                };
                                health: {
                                    consecutive_failures: number;
                                    last_error: string | null;
                                    next_probe_at: string | null;
                                    p50_ms: number | null;
                                    p95_ms: number | null;
                                    paused_reason: string | null;
                                    pending: number;
                                    since: string | null;
                                    /** @enum {string} */
                                    state: "healthy" | "failing" | "paused" | "disabled";
                                    success_rate: number | null;
                                };
                                /**
                                 * @default {
                                 *       "failing_after": 5,
                                 *       "pause_after": 15,
                                 *       "probe_initial_interval_seconds": 30,
                                 *       "probe_max_interval_seconds": 1800,
                                 *       "drain_per_second": 20,
                                 *       "backlog_alert_threshold": 1000
                                 *     }
                                 */
                                health_policy: {
                                    /** @default 1000 */
                                    backlog_alert_threshold: number;
                                    /** @default 20 */
                                    drain_per_second: number;
                                    /** @default 5 */
                                    failing_after: number;
                                    /** @default 15 */
                                    pause_after: number;
                                    /** @default 30 */
                                    probe_initial_interval_seconds: number;
                                    /** @default 1800 */
                                    probe_max_interval_seconds: number;
                                };
                                id: string;
                                /**
                                 * @default POST
                                 * @enum {string}
                                 */
                                method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                                name: string;
                                /** @default false */
                                notification_channel: boolean;
                                /** @default null */
                                rate_limit: {
                                    /** @default 1 */
                                    burst: number;
                                    /** @enum {string} */
                                    per: "second" | "minute";
                                    requests: number;
                                } | null;
                                /**
                                 * @default {
                                 *       "max_attempts": 40,
                                 *       "initial_interval_seconds": 5,
                                 *       "backoff_coefficient": 2,
                                 *       "max_interval_seconds": 3600
                                 *     }
                                 */
                                retry: {
                                    /** @default 2 */
                                    backoff_coefficient: number;
                                    /** @default 5 */
                                    initial_interval_seconds: number;
                                    /** @default 40 */
                                    max_attempts: number;
                                    /** @default 3600 */
                                    max_interval_seconds: number;
                                };
                                signing: {
                                    enabled: boolean;
                                    previous_secret_expires_at: string | null;
                                };
                                /** @default 10000 */
                                timeout_ms: number;
                                updated_at: string;
                                url: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an outgoing webhook (with signing on, the response shows the secret once)
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        alert_template?: string;
                        /**
                         * @default json
                         * @enum {string}
                         */
                        body_format?: "json" | "form" | "raw" | "none";
                        /** @default  */
                        body_template?: string;
                        /** @default true */
                        enabled?: boolean;
                        event_types: ("call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated")[];
                        filters?: ({
                            field: string;
                            /** @enum {string} */
                            op: "equals" | "not_equals";
                            value: string | number | boolean;
                        } | {
                            field: string;
                            /** @constant */
                            op: "contains";
                            value: string;
                        } | {
                            field: string;
                            /** @enum {string} */
                            op: "exists" | "not_exists";
                        } | {
                            field: string;
                            /** @constant */
                            op: "in";
                            value: (string | number)[];
                        } | {
                            field: string;
                            /** @enum {string} */
                            op: "gt" | "gte" | "lt" | "lte";
                            value: number | string;
                        })[];
                        /** @default {} */
                        headers?: {
                            [key: string]: string;
                        };
                        /**
                         * @default {
                         *       "failing_after": 5,
                         *       "pause_after": 15,
                         *       "probe_initial_interval_seconds": 30,
                         *       "probe_max_interval_seconds": 1800,
                         *       "drain_per_second": 20,
                         *       "backlog_alert_threshold": 1000
                         *     }
                         */
                        health_policy?: {
                            /** @default 1000 */
                            backlog_alert_threshold?: number;
                            /** @default 20 */
                            drain_per_second?: number;
                            /** @default 5 */
                            failing_after?: number;
                            /** @default 15 */
                            pause_after?: number;
                            /** @default 30 */
                            probe_initial_interval_seconds?: number;
                            /** @default 1800 */
                            probe_max_interval_seconds?: number;
                        } & {
                            [key: string]: components["schemas"]["StorableJson"];
                        };
                        /**
                         * @default POST
                         * @enum {string}
                         */
                        method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                        name: string;
                        /** @default false */
                        notification_channel?: boolean;
                        /** @default null */
                        rate_limit?: ({
                            /** @default 1 */
                            burst?: number;
                            /** @enum {string} */
                            per: "second" | "minute";
                            requests: number;
                        } & {
                            [key: string]: components["schemas"]["StorableJson"];
                        }) | null;
                        /**
                         * @default {
                         *       "max_attempts": 40,
                         *       "initial_interval_seconds": 5,
                         *       "backoff_coefficient": 2,
                         *       "max_interval_seconds": 3600
                         *     }
                         */
                        retry?: {
                            /** @default 2 */
                            backoff_coefficient?: number;
                            /** @default 5 */
                            initial_interval_seconds?: number;
                            /** @default 40 */
                            max_attempts?: number;
                            /** @default 3600 */
                            max_interval_seconds?: number;
                        } & {
                            [key: string]: components["schemas"]["StorableJson"];
                        };
                        /**
                         * @default {
                         *       "enabled": false
                         *     }
                         */
                        signing?: {
                            enabled: boolean;
                        } & {
                            [key: string]: components["schemas"]["StorableJson"];
                        };
                        /** @default 10000 */
                        timeout_ms?: number;
                        url: string;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default  */
                            alert_template: string;
                            /**
                             * @default json
                             * @enum {string}
                             */
                            body_format: "json" | "form" | "raw" | "none";
                            /** @default  */
                            body_template: string;
                            created_at: string;
                            /** @default true */
                            enabled: boolean;
                            event_types: ("call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated")[];
                            /** @default [] */
                            filters: ({
                                field: string;
                                /** @enum {string} */
                                op: "equals" | "not_equals";
                                value: string | number | boolean;
                            } | {
                                field: string;
                                /** @constant */
                                op: "contains";
                                value: string;
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "exists" | "not_exists";
                            } | {
                                field: string;
                                /** @constant */
                                op: "in";
                                value: (string | number)[];
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "gt" | "gte" | "lt" | "lte";
                                value: number | unknown;
                            })[];
                            /** @default {} */
                            headers: {
                                [key: string]: string;
                            };
                            health: {
                                consecutive_failures: number;
                                last_error: string | null;
                                next_probe_at: string | null;
                                p50_ms: number | null;
                                p95_ms: number | null;
                                paused_reason: string | null;
                                pending: number;
                                since: string | null;
                                /** @enum {string} */
                                state: "healthy" | "failing" | "paused" | "disabled";
                                success_rate: number | null;
                            };
                            /**
                             * @default {
                             *       "failing_after": 5,
                             *       "pause_after": 15,
                             *       "probe_initial_interval_seconds": 30,
                             *       "probe_max_interval_seconds": 1800,
                             *       "drain_per_second": 20,
                             *       "backlog_alert_threshold": 1000
                             *     }
                             */
                            health_policy: {
                                /** @default 1000 */
                                backlog_alert_threshold: number;
                                /** @default 20 */
                                drain_per_second: number;
                                /** @default 5 */
                                failing_after: number;
                                /** @default 15 */
                                pause_after: number;
                                /** @default 30 */
                                probe_initial_interval_seconds: number;
                                /** @default 1800 */
                                probe_max_interval_seconds: number;
                            };
                            id: string;
                            /**
                             * @default POST
                             * @enum {string}
                             */
                            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                            name: string;
                            /** @default false */
                            notification_channel: boolean;
                            /** @default null */
                            rate_limit: {
                                /** @default 1 */
                                burst: number;
                                /** @enum {string} */
                                per: "second" | "minute";
                                requests: number;
                            } | null;
                            /**
                             * @default {
                             *       "max_attempts": 40,
                             *       "initial_interval_seconds": 5,
                             *       "backoff_coefficient": 2,
                             *       "max_interval_seconds": 3600
                             *     }
                             */
                            retry: {
                                /** @default 2 */
                                backoff_coefficient: number;
                                /** @default 5 */
                                initial_interval_seconds: number;
                                /** @default 40 */
                                max_attempts: number;
                                /** @default 3600 */
                                max_interval_seconds: number;
                            };
                            signing: {
                                enabled: boolean;
                                previous_secret_expires_at: string | null;
                            };
                            signing_secret?: string;
                            /** @default 10000 */
                            timeout_ms: number;
                            updated_at: string;
                            url: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The webhook would receive nothing, or its templates do not render */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outgoing-webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an outgoing webhook
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default  */
                            alert_template: string;
                            /**
                             * @default json
                             * @enum {string}
                             */
                            body_format: "json" | "form" | "raw" | "none";
                            /** @default  */
                            body_template: string;
                            created_at: string;
                            /** @default true */
                            enabled: boolean;
                            event_types: ("call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated")[];
                            /** @default [] */
                            filters: ({
                                field: string;
                                /** @enum {string} */
                                op: "equals" | "not_equals";
                                value: string | number | boolean;
                            } | {
                                field: string;
                                /** @constant */
                                op: "contains";
                                value: string;
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "exists" | "not_exists";
                            } | {
                                field: string;
                                /** @constant */
                                op: "in";
                                value: (string | number)[];
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "gt" | "gte" | "lt" | "lte";
                                value: number | unknown;
                            })[];
                            /** @default {} */
                            headers: {
                                [key: string]: string;
                            };
                            health: {
                                consecutive_failures: number;
                                last_error: string | null;
                                next_probe_at: string | null;
                                p50_ms: number | null;
                                p95_ms: number | null;
                                paused_reason: string | null;
                                pending: number;
                                since: string | null;
                                /** @enum {string} */
                                state: "healthy" | "failing" | "paused" | "disabled";
                                success_rate: number | null;
                            };
                            /**
                             * @default {
                             *       "failing_after": 5,
                             *       "pause_after": 15,
                             *       "probe_initial_interval_seconds": 30,
                             *       "probe_max_interval_seconds": 1800,
                             *       "drain_per_second": 20,
                             *       "backlog_alert_threshold": 1000
                             *     }
                             */
                            health_policy: {
                                /** @default 1000 */
                                backlog_alert_threshold: number;
                                /** @default 20 */
                                drain_per_second: number;
                                /** @default 5 */
                                failing_after: number;
                                /** @default 15 */
                                pause_after: number;
                                /** @default 30 */
                                probe_initial_interval_seconds: number;
                                /** @default 1800 */
                                probe_max_interval_seconds: number;
                            };
                            id: string;
                            /**
                             * @default POST
                             * @enum {string}
                             */
                            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                            name: string;
                            /** @default false */
                            notification_channel: boolean;
                            /** @default null */
                            rate_limit: {
                                /** @default 1 */
                                burst: number;
                                /** @enum {string} */
                                per: "second" | "minute";
                                requests: number;
                            } | null;
                            /**
                             * @default {
                             *       "max_attempts": 40,
                             *       "initial_interval_seconds": 5,
                             *       "backoff_coefficient": 2,
                             *       "max_interval_seconds": 3600
                             *     }
                             */
                            retry: {
                                /** @default 2 */
                                backoff_coefficient: number;
                                /** @default 5 */
                                initial_interval_seconds: number;
                                /** @default 40 */
                                max_attempts: number;
                                /** @default 3600 */
                                max_interval_seconds: number;
                            };
                            signing: {
                                enabled: boolean;
                                previous_secret_expires_at: string | null;
                            };
                            /** @default 10000 */
                            timeout_ms: number;
                            updated_at: string;
                            url: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an outgoing webhook (its delivery log stays)
         * @description Token roles: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change an outgoing webhook (turning signing on shows the new secret once)
         * @description Token roles: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        alert_template?: string;
                        /** @enum {string} */
                        body_format?: "json" | "form" | "raw" | "none";
                        body_template?: string;
                        enabled?: boolean;
                        event_types?: ("call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated")[];
                        filters?: ({
                            field: string;
                            /** @enum {string} */
                            op: "equals" | "not_equals";
                            value: string | number | boolean;
                        } | {
                            field: string;
                            /** @constant */
                            op: "contains";
                            value: string;
                        } | {
                            field: string;
                            /** @enum {string} */
                            op: "exists" | "not_exists";
                        } | {
                            field: string;
                            /** @constant */
                            op: "in";
                            value: (string | number)[];
                        } | {
                            field: string;
                            /** @enum {string} */
                            op: "gt" | "gte" | "lt" | "lte";
                            value: number | string;
                        })[];
                        headers?: {
                            [key: string]: string;
                        };
                        health_policy?: {
                            /** @default 1000 */
                            backlog_alert_threshold?: number;
                            /** @default 20 */
                            drain_per_second?: number;
                            /** @default 5 */
                            failing_after?: number;
                            /** @default 15 */
                            pause_after?: number;
                            /** @default 30 */
                            probe_initial_interval_seconds?: number;
                            /** @default 1800 */
                            probe_max_interval_seconds?: number;
                        } & {
                            [key: string]: components["schemas"]["StorableJson"];
                        };
                        /** @enum {string} */
                        method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                        name?: string;
                        notification_channel?: boolean;
                        rate_limit?: ({
                            /** @default 1 */
                            burst?: number;
                            /** @enum {string} */
                            per: "second" | "minute";
                            requests: number;
                        } & {
                            [key: string]: components["schemas"]["StorableJson"];
                        }) | null;
                        retry?: {
                            /** @default 2 */
                            backoff_coefficient?: number;
                            /** @default 5 */
                            initial_interval_seconds?: number;
                            /** @default 40 */
                            max_attempts?: number;
                            /** @default 3600 */
                            max_interval_seconds?: number;
                        } & {
                            [key: string]: components["schemas"]["StorableJson"];
                        };
                        signing?: {
                            enabled: boolean;
                        } & {
                            [key: string]: components["schemas"]["StorableJson"];
                        };
                        timeout_ms?: number;
                        url?: string;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description The changed webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default  */
                            alert_template: string;
                            /**
                             * @default json
                             * @enum {string}
                             */
                            body_format: "json" | "form" | "raw" | "none";
                            /** @default  */
                            body_template: string;
                            created_at: string;
                            /** @default true */
                            enabled: boolean;
                            event_types: ("call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated")[];
                            /** @default [] */
                            filters: ({
                                field: string;
                                /** @enum {string} */
                                op: "equals" | "not_equals";
                                value: string | number | boolean;
                            } | {
                                field: string;
                                /** @constant */
                                op: "contains";
                                value: string;
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "exists" | "not_exists";
                            } | {
                                field: string;
                                /** @constant */
                                op: "in";
                                value: (string | number)[];
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "gt" | "gte" | "lt" | "lte";
                                value: number | unknown;
                            })[];
                            /** @default {} */
                            headers: {
                                [key: string]: string;
                            };
                            health: {
                                consecutive_failures: number;
                                last_error: string | null;
                                next_probe_at: string | null;
                                p50_ms: number | null;
                                p95_ms: number | null;
                                paused_reason: string | null;
                                pending: number;
                                since: string | null;
                                /** @enum {string} */
                                state: "healthy" | "failing" | "paused" | "disabled";
                                success_rate: number | null;
                            };
                            /**
                             * @default {
                             *       "failing_after": 5,
                             *       "pause_after": 15,
                             *       "probe_initial_interval_seconds": 30,
                             *       "probe_max_interval_seconds": 1800,
                             *       "drain_per_second": 20,
                             *       "backlog_alert_threshold": 1000
                             *     }
                             */
                            health_policy: {
                                /** @default 1000 */
                                backlog_alert_threshold: number;
                                /** @default 20 */
                                drain_per_second: number;
                                /** @default 5 */
                                failing_after: number;
                                /** @default 15 */
                                pause_after: number;
                                /** @default 30 */
                                probe_initial_interval_seconds: number;
                                /** @default 1800 */
                                probe_max_interval_seconds: number;
                            };
                            id: string;
                            /**
                             * @default POST
                             * @enum {string}
                             */
                            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                            name: string;
                            /** @default false */
                            notification_channel: boolean;
                            /** @default null */
                            rate_limit: {
                                /** @default 1 */
                                burst: number;
                                /** @enum {string} */
                                per: "second" | "minute";
                                requests: number;
                            } | null;
                            /**
                             * @default {
                             *       "max_attempts": 40,
                             *       "initial_interval_seconds": 5,
                             *       "backoff_coefficient": 2,
                             *       "max_interval_seconds": 3600
                             *     }
                             */
                            retry: {
                                /** @default 2 */
                                backoff_coefficient: number;
                                /** @default 5 */
                                initial_interval_seconds: number;
                                /** @default 40 */
                                max_attempts: number;
                                /** @default 3600 */
                                max_interval_seconds: number;
                            };
                            signing: {
                                enabled: boolean;
                                previous_secret_expires_at: string | null;
                            };
                            signing_secret?: string;
                            /** @default 10000 */
                            timeout_ms: number;
                            updated_at: string;
                            url: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The webhook would receive nothing, or its templates do not render */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/outgoing-webhooks/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a webhook: its deliveries are held, unattempted and in order, until it is resumed (no probes)
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The paused webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default  */
                            alert_template: string;
                            /**
                             * @default json
                             * @enum {string}
                             */
                            body_format: "json" | "form" | "raw" | "none";
                            /** @default  */
                            body_template: string;
                            created_at: string;
                            /** @default true */
                            enabled: boolean;
                            event_types: ("call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated")[];
                            /** @default [] */
                            filters: ({
                                field: string;
                                /** @enum {string} */
                                op: "equals" | "not_equals";
                                value: string | number | boolean;
                            } | {
                                field: string;
                                /** @constant */
                                op: "contains";
                                value: string;
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "exists" | "not_exists";
                            } | {
                                field: string;
                                /** @constant */
                                op: "in";
                                value: (string | number)[];
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "gt" | "gte" | "lt" | "lte";
                                value: number | unknown;
                            })[];
                            /** @default {} */
                            headers: {
                                [key: string]: string;
                            };
                            health: {
                                consecutive_failures: number;
                                last_error: string | null;
                                next_probe_at: string | null;
                                p50_ms: number | null;
                                p95_ms: number | null;
                                paused_reason: string | null;
                                pending: number;
                                since: string | null;
                                /** @enum {string} */
                                state: "healthy" | "failing" | "paused" | "disabled";
                                success_rate: number | null;
                            };
                            /**
                             * @default {
                             *       "failing_after": 5,
                             *       "pause_after": 15,
                             *       "probe_initial_interval_seconds": 30,
                             *       "probe_max_interval_seconds": 1800,
                             *       "drain_per_second": 20,
                             *       "backlog_alert_threshold": 1000
                             *     }
                             */
                            health_policy: {
                                /** @default 1000 */
                                backlog_alert_threshold: number;
                                /** @default 20 */
                                drain_per_second: number;
                                /** @default 5 */
                                failing_after: number;
                                /** @default 15 */
                                pause_after: number;
                                /** @default 30 */
                                probe_initial_interval_seconds: number;
                                /** @default 1800 */
                                probe_max_interval_seconds: number;
                            };
                            id: string;
                            /**
                             * @default POST
                             * @enum {string}
                             */
                            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                            name: string;
                            /** @default false */
                            notification_channel: boolean;
                            /** @default null */
                            rate_limit: {
                                /** @default 1 */
                                burst: number;
                                /** @enum {string} */
                                per: "second" | "minute";
                                requests: number;
                            } | null;
                            /**
                             * @default {
                             *       "max_attempts": 40,
                             *       "initial_interval_seconds": 5,
                             *       "backoff_coefficient": 2,
                             *       "max_interval_seconds": 3600
                             *     }
                             */
                            retry: {
                                /** @default 2 */
                                backoff_coefficient: number;
                                /** @default 5 */
                                initial_interval_seconds: number;
                                /** @default 40 */
                                max_attempts: number;
                                /** @default 3600 */
                                max_interval_seconds: number;
                            };
                            signing: {
                                enabled: boolean;
                                previous_secret_expires_at: string | null;
                            };
                            /** @default 10000 */
                            timeout_ms: number;
                            updated_at: string;
                            url: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The webhook is disabled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outgoing-webhooks/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render a webhook with the sample call or a real call's data
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        call_id?: string;
                        /** @enum {string} */
                        event_type?: "call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated";
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description The request it would send */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string | null;
                            headers: {
                                [key: string]: string;
                            };
                            method: string;
                            problems: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            url: string;
                            warnings: string[];
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outgoing-webhooks/{id}/recover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a webhook's failed and discarded deliveries since a time again, once each, in per-call order, under their own webhook-ids
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        call_id?: string;
                        /** Format: date-time */
                        since: string;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description The recovery, started; follow it at GET /recoveries/{id} */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id: string | null;
                            created_at: string;
                            failed: number;
                            finished_at: string | null;
                            id: string;
                            pending: number;
                            since: string;
                            /** @enum {string} */
                            status: "running" | "completed";
                            succeeded: number;
                            total: number;
                            webhook_id: string;
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The webhook is disabled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outgoing-webhooks/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a webhook: held deliveries drain in per-call order (or, with discard_pending, fail without another attempt)
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default false */
                        discard_pending?: boolean;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description The resumed webhook, with how many deliveries were discarded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default  */
                            alert_template: string;
                            /**
                             * @default json
                             * @enum {string}
                             */
                            body_format: "json" | "form" | "raw" | "none";
                            /** @default  */
                            body_template: string;
                            created_at: string;
                            discarded: number;
                            /** @default true */
                            enabled: boolean;
                            event_types: ("call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated")[];
                            /** @default [] */
                            filters: ({
                                field: string;
                                /** @enum {string} */
                                op: "equals" | "not_equals";
                                value: string | number | boolean;
                            } | {
                                field: string;
                                /** @constant */
                                op: "contains";
                                value: string;
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "exists" | "not_exists";
                            } | {
                                field: string;
                                /** @constant */
                                op: "in";
                                value: (string | number)[];
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "gt" | "gte" | "lt" | "lte";
                                value: number | unknown;
                            })[];
                            /** @default {} */
                            headers: {
                                [key: string]: string;
                            };
                            health: {
                                consecutive_failures: number;
                                last_error: string | null;
                                next_probe_at: string | null;
                                p50_ms: number | null;
                                p95_ms: number | null;
                                paused_reason: string | null;
                                pending: number;
                                since: string | null;
                                /** @enum {string} */
                                state: "healthy" | "failing" | "paused" | "disabled";
                                success_rate: number | null;
                            };
                            /**
                             * @default {
                             *       "failing_after": 5,
                             *       "pause_after": 15,
                             *       "probe_initial_interval_seconds": 30,
                             *       "probe_max_interval_seconds": 1800,
                             *       "drain_per_second": 20,
                             *       "backlog_alert_threshold": 1000
                             *     }
                             */
                            health_policy: {
                                /** @default 1000 */
                                backlog_alert_threshold: number;
                                /** @default 20 */
                                drain_per_second: number;
                                /** @default 5 */
                                failing_after: number;
                                /** @default 15 */
                                pause_after: number;
                                /** @default 30 */
                                probe_initial_interval_seconds: number;
                                /** @default 1800 */
                                probe_max_interval_seconds: number;
                            };
                            id: string;
                            /**
                             * @default POST
                             * @enum {string}
                             */
                            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                            name: string;
                            /** @default false */
                            notification_channel: boolean;
                            /** @default null */
                            rate_limit: {
                                /** @default 1 */
                                burst: number;
                                /** @enum {string} */
                                per: "second" | "minute";
                                requests: number;
                            } | null;
                            /**
                             * @default {
                             *       "max_attempts": 40,
                             *       "initial_interval_seconds": 5,
                             *       "backoff_coefficient": 2,
                             *       "max_interval_seconds": 3600
                             *     }
                             */
                            retry: {
                                /** @default 2 */
                                backoff_coefficient: number;
                                /** @default 5 */
                                initial_interval_seconds: number;
                                /** @default 40 */
                                max_attempts: number;
                                /** @default 3600 */
                                max_interval_seconds: number;
                            };
                            signing: {
                                enabled: boolean;
                                previous_secret_expires_at: string | null;
                            };
                            /** @default 10000 */
                            timeout_ms: number;
                            updated_at: string;
                            url: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The webhook is disabled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outgoing-webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new signing secret (shown once); the old one keeps signing alongside it for the grace period
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default 86400 */
                        grace_period_seconds?: number;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description The webhook with its new secret */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default  */
                            alert_template: string;
                            /**
                             * @default json
                             * @enum {string}
                             */
                            body_format: "json" | "form" | "raw" | "none";
                            /** @default  */
                            body_template: string;
                            created_at: string;
                            /** @default true */
                            enabled: boolean;
                            event_types: ("call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated")[];
                            /** @default [] */
                            filters: ({
                                field: string;
                                /** @enum {string} */
                                op: "equals" | "not_equals";
                                value: string | number | boolean;
                            } | {
                                field: string;
                                /** @constant */
                                op: "contains";
                                value: string;
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "exists" | "not_exists";
                            } | {
                                field: string;
                                /** @constant */
                                op: "in";
                                value: (string | number)[];
                            } | {
                                field: string;
                                /** @enum {string} */
                                op: "gt" | "gte" | "lt" | "lte";
                                value: number | unknown;
                            })[];
                            /** @default {} */
                            headers: {
                                [key: string]: string;
                            };
                            health: {
                                consecutive_failures: number;
                                last_error: string | null;
                                next_probe_at: string | null;
                                p50_ms: number | null;
                                p95_ms: number | null;
                                paused_reason: string | null;
                                pending: number;
                                since: string | null;
                                /** @enum {string} */
                                state: "healthy" | "failing" | "paused" | "disabled";
                                success_rate: number | null;
                            };
                            /**
                             * @default {
                             *       "failing_after": 5,
                             *       "pause_after": 15,
                             *       "probe_initial_interval_seconds": 30,
                             *       "probe_max_interval_seconds": 1800,
                             *       "drain_per_second": 20,
                             *       "backlog_alert_threshold": 1000
                             *     }
                             */
                            health_policy: {
                                /** @default 1000 */
                                backlog_alert_threshold: number;
                                /** @default 20 */
                                drain_per_second: number;
                                /** @default 5 */
                                failing_after: number;
                                /** @default 15 */
                                pause_after: number;
                                /** @default 30 */
                                probe_initial_interval_seconds: number;
                                /** @default 1800 */
                                probe_max_interval_seconds: number;
                            };
                            id: string;
                            /**
                             * @default POST
                             * @enum {string}
                             */
                            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                            name: string;
                            /** @default false */
                            notification_channel: boolean;
                            /** @default null */
                            rate_limit: {
                                /** @default 1 */
                                burst: number;
                                /** @enum {string} */
                                per: "second" | "minute";
                                requests: number;
                            } | null;
                            /**
                             * @default {
                             *       "max_attempts": 40,
                             *       "initial_interval_seconds": 5,
                             *       "backoff_coefficient": 2,
                             *       "max_interval_seconds": 3600
                             *     }
                             */
                            retry: {
                                /** @default 2 */
                                backoff_coefficient: number;
                                /** @default 5 */
                                initial_interval_seconds: number;
                                /** @default 40 */
                                max_attempts: number;
                                /** @default 3600 */
                                max_interval_seconds: number;
                            };
                            signing: {
                                enabled: boolean;
                                previous_secret_expires_at: string | null;
                            };
                            signing_secret?: string;
                            /** @default 10000 */
                            timeout_ms: number;
                            updated_at: string;
                            url: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signing is off */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outgoing-webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the webhook once now with the sample call, for the event given (default: the webhook's first, as the preview); logged as a test delivery
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        event_type?: "call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated";
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description What was sent and what came back */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivery_id: string;
                            duration_ms: number;
                            error: string | null;
                            request: {
                                body: string | null;
                                headers: {
                                    [key: string]: string;
                                };
                                method: string;
                                url: string;
                            };
                            response: {
                                body: string;
                                body_truncated: boolean;
                                headers: {
                                    [key: string]: string;
                                };
                                status: number;
                            } | null;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outgoing-webhooks/check-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render unsaved webhook fields against the organization's latest 20 calls: what each would send, skip (filters) or leave empty
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default json
                         * @enum {string}
                         */
                        body_format?: "json" | "form" | "raw" | "none";
                        /** @default  */
                        body_template?: string;
                        /** @enum {string} */
                        event_type?: "call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated";
                        filters?: ({
                            field: string;
                            /** @enum {string} */
                            op: "equals" | "not_equals";
                            value: string | number | boolean;
                        } | {
                            field: string;
                            /** @constant */
                            op: "contains";
                            value: string;
                        } | {
                            field: string;
                            /** @enum {string} */
                            op: "exists" | "not_exists";
                        } | {
                            field: string;
                            /** @constant */
                            op: "in";
                            value: (string | number)[];
                        } | {
                            field: string;
                            /** @enum {string} */
                            op: "gt" | "gte" | "lt" | "lte";
                            value: number | string;
                        })[];
                        /** @default {} */
                        headers?: {
                            [key: string]: string;
                        };
                        /**
                         * @default POST
                         * @enum {string}
                         */
                        method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                        url: string;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description One entry per call, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                body: string | null;
                                call_id: string;
                                empty: string[];
                                /** @enum {string} */
                                outcome: "send" | "skip" | "error";
                                reason: string | null;
                                started_at: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outgoing-webhooks/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render unsaved webhook fields against the sample call
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default json
                         * @enum {string}
                         */
                        body_format?: "json" | "form" | "raw" | "none";
                        /** @default  */
                        body_template?: string;
                        /** @enum {string} */
                        event_type?: "call.incoming" | "call.connected" | "call.on_5_secs_mark" | "call.on_15_secs_mark" | "call.on_30_secs_mark" | "call.on_45_secs_mark" | "call.on_60_secs_mark" | "call.hangup" | "call.failure" | "call.converted" | "call.completed" | "call.updated";
                        /** @default {} */
                        headers?: {
                            [key: string]: string;
                        };
                        /**
                         * @default POST
                         * @enum {string}
                         */
                        method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                        url: string;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description The request it would send */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string | null;
                            headers: {
                                [key: string]: string;
                            };
                            method: string;
                            problems: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            url: string;
                            warnings: string[];
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recoveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bulk recovery and its progress
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The recovery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id: string | null;
                            created_at: string;
                            failed: number;
                            finished_at: string | null;
                            id: string;
                            pending: number;
                            since: string;
                            /** @enum {string} */
                            status: "running" | "completed";
                            succeeded: number;
                            total: number;
                            webhook_id: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's settings
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default 365 */
                            call_retention_days: number;
                            /** @default US */
                            default_region: unknown;
                            id: string;
                            /** @default 604800 */
                            match_window_seconds: number;
                            name: string;
                            rate_limits: {
                                api_per_address: {
                                    burst: number;
                                    per_second: number;
                                };
                                api_per_token: {
                                    burst: number;
                                    per_second: number;
                                };
                                ingress_per_address: {
                                    burst: number;
                                    per_second: number;
                                };
                                ingress_per_key: {
                                    burst: number;
                                    per_second: number;
                                };
                            };
                            /** @default 30 */
                            retention_days: number;
                            /** @default UTC */
                            timezone: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the organization's settings
         * @description Token roles: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        call_retention_days?: number;
                        /** @enum {string} */
                        default_region?: "AC" | "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TA" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "ac" | "ad" | "ae" | "af" | "ag" | "ai" | "al" | "am" | "ao" | "ar" | "as" | "at" | "au" | "aw" | "ax" | "az" | "ba" | "bb" | "bd" | "be" | "bf" | "bg" | "bh" | "bi" | "bj" | "bl" | "bm" | "bn" | "bo" | "bq" | "br" | "bs" | "bt" | "bw" | "by" | "bz" | "ca" | "cc" | "cd" | "cf" | "cg" | "ch" | "ci" | "ck" | "cl" | "cm" | "cn" | "co" | "cr" | "cu" | "cv" | "cw" | "cx" | "cy" | "cz" | "de" | "dj" | "dk" | "dm" | "do" | "dz" | "ec" | "ee" | "eg" | "eh" | "er" | "es" | "et" | "fi" | "fj" | "fk" | "fm" | "fo" | "fr" | "ga" | "gb" | "gd" | "ge" | "gf" | "gg" | "gh" | "gi" | "gl" | "gm" | "gn" | "gp" | "gq" | "gr" | "gt" | "gu" | "gw" | "gy" | "hk" | "hn" | "hr" | "ht" | "hu" | "id" | "ie" | "il" | "im" | "in" | "io" | "iq" | "ir" | "is" | "it" | "je" | "jm" | "jo" | "jp" | "ke" | "kg" | "kh" | "ki" | "km" | "kn" | "kp" | "kr" | "kw" | "ky" | "kz" | "la" | "lb" | "lc" | "li" | "lk" | "lr" | "ls" | "lt" | "lu" | "lv" | "ly" | "ma" | "mc" | "md" | "me" | "mf" | "mg" | "mh" | "mk" | "ml" | "mm" | "mn" | "mo" | "mp" | "mq" | "mr" | "ms" | "mt" | "mu" | "mv" | "mw" | "mx" | "my" | "mz" | "na" | "nc" | "ne" | "nf" | "ng" | "ni" | "nl" | "no" | "np" | "nr" | "nu" | "nz" | "om" | "pa" | "pe" | "pf" | "pg" | "ph" | "pk" | "pl" | "pm" | "pr" | "ps" | "pt" | "pw" | "py" | "qa" | "re" | "ro" | "rs" | "ru" | "rw" | "sa" | "sb" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sj" | "sk" | "sl" | "sm" | "sn" | "so" | "sr" | "ss" | "st" | "sv" | "sx" | "sy" | "sz" | "ta" | "tc" | "td" | "tg" | "th" | "tj" | "tk" | "tl" | "tm" | "tn" | "to" | "tr" | "tt" | "tv" | "tw" | "tz" | "ua" | "ug" | "us" | "uy" | "uz" | "va" | "vc" | "ve" | "vg" | "vi" | "vn" | "vu" | "wf" | "ws" | "xk" | "ye" | "yt" | "za" | "zm" | "zw";
                        match_window_seconds?: number;
                        name?: string;
                        retention_days?: number;
                        timezone?: string;
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description The changed settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default 365 */
                            call_retention_days: number;
                            /** @default US */
                            default_region: unknown;
                            id: string;
                            /** @default 604800 */
                            match_window_seconds: number;
                            name: string;
                            rate_limits: {
                                api_per_address: {
                                    burst: number;
                                    per_second: number;
                                };
                                api_per_token: {
                                    burst: number;
                                    per_second: number;
                                };
                                ingress_per_address: {
                                    burst: number;
                                    per_second: number;
                                };
                                ingress_per_key: {
                                    burst: number;
                                    per_second: number;
                                };
                            };
                            /** @default 30 */
                            retention_days: number;
                            /** @default UTC */
                            timezone: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A value of the documented shape the API cannot use (a time zone Intl does not know, an expiry in the past) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a simulated call through the real path (pre-call post, incoming, connected, marks, hangup, postback) against the organization's webhooks; its deliveries are flagged simulated
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description Call fields to use instead of the realistic defaults */
                        call?: {
                            buyer_id?: string;
                            buyer_name?: string;
                            call_sid?: string;
                            caller_city?: string;
                            caller_name?: string;
                            caller_state?: string;
                            caller_zip?: string;
                            campaign_id?: string;
                            campaign_name?: string;
                            configured_publisher_payout?: number;
                            conversion_duration_seconds?: number;
                            duration?: number;
                            failure_reason?: string;
                            from?: string;
                            hangup_by?: string;
                            hangup_cause?: string;
                            /** @description IVR / DTMF inputs in the order the caller made them; replaces any earlier list */
                            ivr?: {
                                digits: string;
                                node?: string;
                            }[];
                            landing_page?: {
                                [key: string]: components["schemas"]["StorableJson"];
                            };
                            publisher_id?: string;
                            publisher_name?: string;
                            publisher_paid_out?: number;
                            recording_url?: string;
                            revenue_paid_out?: number;
                            rtb?: {
                                [key: string]: components["schemas"]["StorableJson"];
                            };
                            sip_headers?: {
                                [key: string]: string;
                            };
                            tags?: {
                                [key: string]: string;
                            };
                            to?: string;
                        };
                        /**
                         * @description How long the call stays connected before the caller hangs up (duration marks fire as they would); 0: the call is never answered and fails
                         * @default 16
                         */
                        connected_seconds?: number;
                        /** @description An update_fields post for the call once it completed */
                        postback?: {
                            /** @default true */
                            converted?: boolean;
                            /** @description An update_fields webhook; default the organization's first enabled one */
                            incoming_webhook_id?: string;
                            revenue_paid_out?: number;
                        };
                        pre_call?: {
                            /** @description Parameters posted for the caller before the call (they become tags) */
                            data: {
                                [key: string]: string;
                            };
                            /** @description A call_data webhook; default the organization's first enabled one */
                            incoming_webhook_id?: string;
                        };
                        /** @description Outgoing webhooks the simulated call may reach; default every enabled webhook subscribed to each event (filters still apply) */
                        webhook_ids?: string[];
                    };
                };
            };
            responses: {
                /** @description Started: the call exists; its timeline fills in as the simulation runs */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id: string;
                            simulation_id: string;
                            /** @description What the simulation does, in order; follow it on the call timeline */
                            steps: string[];
                            workflow_id: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The simulation needs an enabled incoming webhook of a type the organization has none of */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An outgoing or incoming webhook named does not exist in the organization, or the ingress refused the pre-call data */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dashboard's figures over the last hour, day or week: calls, incoming requests and deliveries per bucket, delivery success and latency, the worst webhooks and incoming requests by status
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    range?: "1h" | "24h" | "7d";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bucket_seconds: number;
                            deliveries: {
                                failed: number;
                                p50_ms: number | null;
                                p95_ms: number | null;
                                pending: number;
                                succeeded: number;
                                success_rate: number | null;
                                total: number;
                            };
                            /** Format: date-time */
                            from: string;
                            incoming_by_status: {
                                count: number;
                                status: number;
                            }[];
                            /** @enum {string} */
                            range: "1h" | "24h" | "7d";
                            series: {
                                /** Format: date-time */
                                at: string;
                                calls: number;
                                deliveries: number;
                                deliveries_failed: number;
                                deliveries_succeeded: number;
                                incoming_requests: number;
                            }[];
                            /** Format: date-time */
                            to: string;
                            totals: {
                                calls: number;
                                incoming_requests: number;
                            };
                            worst_webhooks: {
                                deliveries: number;
                                failing: number;
                                failure_rate: number;
                                last_error: string | null;
                                last_error_at: string | null;
                                webhook_id: string;
                                webhook_name: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown range */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tag definitions
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of tags */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                description: string;
                                display_name: string;
                                id: string;
                                name: string;
                                sources: {
                                    incoming_webhook_id?: string;
                                    key: string;
                                    /** @enum {string} */
                                    type: "platform" | "sip_header" | "rtb" | "landing_page" | "incoming_webhook";
                                }[];
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Define a tag
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        display_name?: string;
                        name: string & (unknown & unknown);
                        /** @default [] */
                        sources?: ({
                            incoming_webhook_id?: string;
                            key: string & (unknown & unknown);
                            /** @constant */
                            type: "incoming_webhook";
                        } | {
                            key: string & (unknown & unknown);
                            /** @enum {string} */
                            type: "platform" | "sip_header" | "rtb" | "landing_page";
                        })[];
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created_at: string;
                            description: string;
                            display_name: string;
                            id: string;
                            name: string;
                            sources: {
                                incoming_webhook_id?: string;
                                key: string;
                                /** @enum {string} */
                                type: "platform" | "sip_header" | "rtb" | "landing_page" | "incoming_webhook";
                            }[];
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The name is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            status: number;
                            title: string;
                            type: string;
                            webhooks?: {
                                id: string;
                                name: string;
                                used_in: string[];
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The same source listed twice */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tag definition
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tag */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created_at: string;
                            description: string;
                            display_name: string;
                            id: string;
                            name: string;
                            sources: {
                                incoming_webhook_id?: string;
                                key: string;
                                /** @enum {string} */
                                type: "platform" | "sip_header" | "rtb" | "landing_page" | "incoming_webhook";
                            }[];
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a tag definition (refused with 409 while outgoing webhooks use it)
         * @description Token roles: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Outgoing webhooks use the tag */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            status: number;
                            title: string;
                            type: string;
                            webhooks?: {
                                id: string;
                                name: string;
                                used_in: string[];
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a tag definition (a rename is refused with 409 while outgoing webhooks use the old name)
         * @description Token roles: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        description?: string;
                        display_name?: string;
                        name?: string & (unknown & unknown);
                        sources?: ({
                            incoming_webhook_id?: string;
                            key: string & (unknown & unknown);
                            /** @constant */
                            type: "incoming_webhook";
                        } | {
                            key: string & (unknown & unknown);
                            /** @enum {string} */
                            type: "platform" | "sip_header" | "rtb" | "landing_page";
                        })[];
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description The changed tag */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created_at: string;
                            description: string;
                            display_name: string;
                            id: string;
                            name: string;
                            sources: {
                                incoming_webhook_id?: string;
                                key: string;
                                /** @enum {string} */
                                type: "platform" | "sip_header" | "rtb" | "landing_page" | "incoming_webhook";
                            }[];
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The new name is taken, or webhooks use the old name */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            status: number;
                            title: string;
                            type: string;
                            webhooks?: {
                                id: string;
                                name: string;
                                used_in: string[];
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The same source listed twice */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's API tokens with when each was last used
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                expires_at: string | null;
                                id: string;
                                instance_admin: boolean;
                                last_used_at: string | null;
                                name: string;
                                revoked_at: string | null;
                                /** @enum {string} */
                                role: "admin" | "platform" | "read";
                                /** @enum {string} */
                                status: "active" | "expired" | "revoked";
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token (the response shows it once; only its hash is kept)
         * @description Token roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expires_at?: string | null;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "platform" | "read";
                    } & {
                        [key: string]: components["schemas"]["StorableJson"];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created_at: string;
                            expires_at: string | null;
                            id: string;
                            instance_admin: boolean;
                            last_used_at: string | null;
                            name: string;
                            revoked_at: string | null;
                            /** @enum {string} */
                            role: "admin" | "platform" | "read";
                            /** @enum {string} */
                            status: "active" | "expired" | "revoked";
                            token: string;
                        };
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A value of the documented shape the API cannot use (a time zone Intl does not know, an expiry in the past) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API token
         * @description Token roles: admin, read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created_at: string;
                            expires_at: string | null;
                            id: string;
                            instance_admin: boolean;
                            last_used_at: string | null;
                            name: string;
                            revoked_at: string | null;
                            /** @enum {string} */
                            role: "admin" | "platform" | "read";
                            /** @enum {string} */
                            status: "active" | "expired" | "revoked";
                        };
                    };
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Revoke an API token: its next request fails, in every API process
         * @description Token roles: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors` names every offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, or an unknown, revoked or expired one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's role may not do this, or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Over the rate limit of the token or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/call-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pre-call data for a caller (caller_id; every other parameter becomes a tag) */
        get: {
            parameters: {
                query?: {
                    caller_id?: string;
                    transaction_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted: committed to PostgreSQL and given to the caller's calls in progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description Bad input; the body names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Missing or unknown auth key, or a key of another webhook type */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The webhook or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Body over 64 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Over the rate limit of the key or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description PostgreSQL or Temporal cannot take the data now. Retry after Retry-After; a repeat has the same effect once. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Pre-call data for a caller (caller_id; every other parameter becomes a tag) */
        post: {
            parameters: {
                query?: {
                    caller_id?: string;
                    transaction_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted: committed to PostgreSQL and given to the caller's calls in progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description Bad input; the body names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Missing or unknown auth key, or a key of another webhook type */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The webhook or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Body over 64 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Over the rate limit of the key or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description PostgreSQL or Temporal cannot take the data now. Retry after Retry-After; a repeat has the same effect once. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/update-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Post-call update: converted, call_converted_at, revenue_paid_out, publisher_paid_out, reason, no_payout_reason, add, remove (top-level or nested in fields) */
        get: {
            parameters: {
                query?: {
                    add?: string;
                    call_converted_at?: string;
                    call_id?: string;
                    call_log_id?: string;
                    caller_id?: string;
                    converted?: string;
                    fields?: string;
                    no_payout_reason?: string;
                    publisher_paid_out?: string;
                    reason?: string;
                    remove?: string;
                    revenue_paid_out?: string;
                    transaction_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted: applied to the call (durable in Temporal) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description No call matched yet: held (GET /api/v1/held-postbacks) for the match window, applied when the call appears */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description Bad input; the body names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Missing or unknown auth key, or a key of another webhook type */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The webhook or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description A rule of the call refused the update (publisher_paid_out or no_payout_reason before the call completed); the detail names it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The call closed before late updates could reopen calls */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Body over 64 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Over the rate limit of the key or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description PostgreSQL or Temporal cannot take the data now. Retry after Retry-After; a repeat has the same effect once. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Post-call update: converted, call_converted_at, revenue_paid_out, publisher_paid_out, reason, no_payout_reason, add, remove (top-level or nested in fields) */
        post: {
            parameters: {
                query?: {
                    add?: string;
                    call_converted_at?: string;
                    call_id?: string;
                    call_log_id?: string;
                    caller_id?: string;
                    converted?: string;
                    fields?: string;
                    no_payout_reason?: string;
                    publisher_paid_out?: string;
                    reason?: string;
                    remove?: string;
                    revenue_paid_out?: string;
                    transaction_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted: applied to the call (durable in Temporal) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description No call matched yet: held (GET /api/v1/held-postbacks) for the match window, applied when the call appears */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description Bad input; the body names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Missing or unknown auth key, or a key of another webhook type */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The webhook or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description A rule of the call refused the update (publisher_paid_out or no_payout_reason before the call completed); the detail names it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The call closed before late updates could reopen calls */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Body over 64 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Over the rate limit of the key or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description PostgreSQL or Temporal cannot take the data now. Retry after Retry-After; a repeat has the same effect once. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/update-revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Post-call revenue: revenue_paid_out, publisher_paid_out */
        get: {
            parameters: {
                query?: {
                    call_id?: string;
                    call_log_id?: string;
                    caller_id?: string;
                    fields?: string;
                    publisher_paid_out?: string;
                    revenue_paid_out?: string;
                    transaction_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted: applied to the call (durable in Temporal) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description No call matched yet: held (GET /api/v1/held-postbacks) for the match window, applied when the call appears */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description Bad input; the body names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Missing or unknown auth key, or a key of another webhook type */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The webhook or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description A rule of the call refused the update (publisher_paid_out or no_payout_reason before the call completed); the detail names it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The call closed before late updates could reopen calls */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Body over 64 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Over the rate limit of the key or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description PostgreSQL or Temporal cannot take the data now. Retry after Retry-After; a repeat has the same effect once. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Post-call revenue: revenue_paid_out, publisher_paid_out */
        post: {
            parameters: {
                query?: {
                    call_id?: string;
                    call_log_id?: string;
                    caller_id?: string;
                    fields?: string;
                    publisher_paid_out?: string;
                    revenue_paid_out?: string;
                    transaction_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted: applied to the call (durable in Temporal) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description No call matched yet: held (GET /api/v1/held-postbacks) for the match window, applied when the call appears */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description Bad input; the body names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Missing or unknown auth key, or a key of another webhook type */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The webhook or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description A rule of the call refused the update (publisher_paid_out or no_payout_reason before the call completed); the detail names it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The call closed before late updates could reopen calls */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Body over 64 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Over the rate limit of the key or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description PostgreSQL or Temporal cannot take the data now. Retry after Retry-After; a repeat has the same effect once. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/update-tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Post-call tags: add, remove, or tag parameters */
        get: {
            parameters: {
                query?: {
                    add?: string;
                    call_id?: string;
                    call_log_id?: string;
                    caller_id?: string;
                    fields?: string;
                    remove?: string;
                    transaction_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted: applied to the call (durable in Temporal) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description No call matched yet: held (GET /api/v1/held-postbacks) for the match window, applied when the call appears */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description Bad input; the body names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Missing or unknown auth key, or a key of another webhook type */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The webhook or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description A rule of the call refused the update (publisher_paid_out or no_payout_reason before the call completed); the detail names it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The call closed before late updates could reopen calls */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Body over 64 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Over the rate limit of the key or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description PostgreSQL or Temporal cannot take the data now. Retry after Retry-After; a repeat has the same effect once. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Post-call tags: add, remove, or tag parameters */
        post: {
            parameters: {
                query?: {
                    add?: string;
                    call_id?: string;
                    call_log_id?: string;
                    caller_id?: string;
                    fields?: string;
                    remove?: string;
                    transaction_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted: applied to the call (durable in Temporal) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description No call matched yet: held (GET /api/v1/held-postbacks) for the match window, applied when the call appears */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call_id?: string;
                            caller_id?: string;
                            duplicate?: boolean;
                            expires_at?: string;
                            held?: boolean;
                            held_id?: string;
                            /** @constant */
                            ok: true;
                            queued?: boolean;
                            request_id: string;
                        };
                    };
                };
                /** @description Bad input; the body names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Missing or unknown auth key, or a key of another webhook type */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The webhook or its organization is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description A rule of the call refused the update (publisher_paid_out or no_payout_reason before the call completed); the detail names it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The call closed before late updates could reopen calls */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Body over 64 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The body has an unsupported charset or content encoding */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Over the rate limit of the key or the client address; retry after Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description PostgreSQL or Temporal cannot take the data now. Retry after Retry-After; a repeat has the same effect once. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            detail?: string;
                            errors?: ({
                                message: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @constant */
                            ok: false;
                            request_id: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            detail?: string;
            errors?: ({
                message: string;
                path: string;
            } & {
                [key: string]: unknown;
            })[];
            status: number;
            title: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Any JSON value whose strings and names contain no NUL (U+0000), nested at most 32 levels */
        StorableJson: string | (number | boolean | null) | components["schemas"]["StorableJson"][] | {
            [key: string]: components["schemas"]["StorableJson"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
