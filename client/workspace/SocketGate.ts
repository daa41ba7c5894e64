/** Runs `run` after the next frame has been drawn (and the work queued right after it); returns a cancel. */
export type AfterFrame = (run: () => void) => () => void;

/** The browser's: the frame, then a macrotask, so the frame's paint is not held up. */
export const afterNextFrame: AfterFrame = (run) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
};

/**
 * When the workspace socket opens (client/workspace/RULES.md WP12, WP13): once the page has the
 * document's answer and the points window (`ready`) and every view that is drawing its first
 * answers has drawn them (each holds the gate meanwhile, `hold`), after the next frame. Syncing
 * the document (about 60 ms of the main thread for 500 series) then never competes with a view's
 * first paint: the review agenda waits for answers of its own after the document's, and its
 * socket used to sync before it drew. Opens once; a hold asked for after that changes nothing.
 */
export class SocketGate {
  private holds = 0;
  private isReady = false;
  private opened = false;
  private pending: (() => void) | null = null;

  constructor(
    private readonly open: () => void,
    private readonly afterFrame: AfterFrame = afterNextFrame,
  ) {}

  /** Holds the socket back until the returned release is called (once is enough; more do nothing). */
  readonly hold = (): (() => void) => {
    if (this.opened) return () => undefined;
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.check();
    };
  };

  /** The page has painted the document's answer and the points. */
  readonly ready = (): void => {
    this.isReady = true;
    this.check();
  };

  /** True once the socket was opened through the gate. */
  get isOpen(): boolean {
    return this.opened;
  }

  /** The page no longer shows the answers (it goes, or React remounts it): nothing opens until `ready` again. */
  readonly unready = (): void => {
    this.isReady = false;
    this.pending?.();
    this.pending = null;
  };

  private check(): void {
    if (this.opened || !this.isReady || this.holds > 0 || this.pending) return;
    this.pending = this.afterFrame(() => {
      this.pending = null;
      // A view may have started holding while the frame was drawn.
      if (this.opened || this.holds > 0) return;
      this.opened = true;
      this.open();
    });
  }
}
