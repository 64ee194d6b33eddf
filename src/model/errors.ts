/** A failure tied to one input file, printed as a single line: "<file>: <reason>". */
export class DocumentError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DocumentError';
  }
}
