/**
 * The newest event-store position a command of this tab answered with. Every later read sends it
 * as X-Min-Position, so the read model answers only once it holds what the operator just did.
 */
export class ReadYourWrites {
  private position = 0;

  minPosition(): number {
    return this.position;
  }

  /** Remembers the position of a command's answer (`{id, position}`), if it has one. */
  observe(answer: unknown): void {
    if (typeof answer === 'object' && answer !== null && 'position' in answer) {
      const position = (answer as { position: unknown }).position;
      if (typeof position === 'number' && position > this.position) {
        this.position = position;
      }
    }
  }
}
