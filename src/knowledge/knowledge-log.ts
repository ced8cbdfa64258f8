/** Where the knowledge bank reports background trouble; pino's logger fits. Codes and ids only, never text. */
export interface KnowledgeLog {
  warn(details: object, message: string): void;
}
