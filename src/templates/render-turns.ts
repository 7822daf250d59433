// Rendering is synchronous: each render may hold the event loop for up to its budget. Renders therefore take
// turns with everything else the process does: once renders have used a slice of one turn of the event loop,
// the next waits for the following turn, so /healthz, ingress requests and activity heartbeats are served in
// between however many hostile templates arrive at once.

const SLICE_MS = 10;

const waiting: Array<() => void> = [];
let spentThisTurn = 0;
let turnScheduled = false;

function scheduleTurn(): void {
  if (turnScheduled) return;
  turnScheduled = true;
  setImmediate(() => {
    turnScheduled = false;
    spentThisTurn = 0;
    while (waiting.length > 0 && spentThisTurn < SLICE_MS) waiting.shift()!();
    if (waiting.length > 0) scheduleTurn();
  });
}

function timed<T>(render: () => T): T {
  const started = performance.now();
  try {
    return render();
  } finally {
    spentThisTurn += performance.now() - started;
    scheduleTurn();
  }
}

/** Runs `render` now if this turn of the event loop has time left for renders, else in a later turn. */
export function inRenderTurn<T>(render: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = () => {
      try {
        resolve(timed(render));
      } catch (err) {
        reject(err);
      }
    };
    if (waiting.length === 0 && spentThisTurn < SLICE_MS) run();
    else {
      waiting.push(run);
      scheduleTurn();
    }
  });
}
