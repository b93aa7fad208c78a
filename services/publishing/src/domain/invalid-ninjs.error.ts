/** The ninjs mapping produced a document the official schema rejects: a bug, not a transient failure. */
export class InvalidNinjsError extends Error {
  constructor(
    readonly articleId: string,
    readonly problems: readonly string[],
  ) {
    super(`ninjs for ${articleId} fails the schema: ${problems.slice(0, 5).join('; ')}`);
    this.name = 'InvalidNinjsError';
  }
}
