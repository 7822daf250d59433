/**
 * What can go wrong with a request about one call, said in the domain's words: the modules that find it out
 * (temporal/, delivery/) throw these, and the API's one problem middleware answers each with its status.
 */

/** No call of that id in the organization: not live and not in the call index. */
export class CallNotFound extends Error {
  constructor(readonly callId: string) {
    super(`Call ${callId} was not found`);
  }
}

/** The call's post-call window has ended: it takes no more platform events. */
export class CallClosed extends Error {
  constructor(readonly callId: string) {
    super(`Call ${callId} is closed: its post-call window has ended, so it accepts no more events`);
  }
}
