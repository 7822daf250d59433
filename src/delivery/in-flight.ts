/**
 * First attempts the call step stopped waiting for, by delivery id, in this worker process. The delivery activity
 * that takes one over waits here for its outcome to be recorded; in another process it waits for the time the
 * delivery's row names instead (the attempt's timeout, in case this process died with it).
 */
export class AttemptsInFlight {
  private readonly attempts = new Map<string, Promise<void>>();

  handOver(deliveryId: string, attempt: Promise<unknown>): void {
    const settled: Promise<void> = attempt.then(
      () => void this.attempts.delete(deliveryId),
      () => void this.attempts.delete(deliveryId),
    );
    this.attempts.set(deliveryId, settled);
  }

  /** Resolves once the delivery's attempt handed over here has finished; at once when there is none. */
  async settled(deliveryId: string): Promise<void> {
    await this.attempts.get(deliveryId);
  }
}
