/**
 * The server refused an update because the workflow execution has already closed (or never existed): the
 * client reports both as not-found, with the server's reason in the message or its cause.
 */
export function isClosedWorkflowError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const text = `${err.name} ${err.message} ${(err as { cause?: Error }).cause?.message ?? ''}`;
  return /WorkflowNotFoundError|workflow execution already completed|workflow not found/i.test(text);
}
