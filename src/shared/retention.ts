/** How much one run of the retention schedule may delete (its schedule passes this to the workflow). */
export interface RetentionRun {
  /** Rows per DELETE. */
  batchSize: number;
  /** DELETEs per run at most; a larger backlog is finished by the next runs of the schedule. */
  maxBatches: number;
}
