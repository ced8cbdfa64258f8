import type { ColumnType } from 'kysely';

export interface PrivacyTables {
  /** A conversation's pseudonym mapping, AES-256-GCM encrypted; never stored in clear text. */
  privacy_pseudonym_mappings: {
    id: string;
    /** base64 of nonce (12 bytes) + ciphertext + tag (16 bytes); the row id is bound in as associated data. */
    sealed: string;
    created_at: ColumnType<Date, Date, never>;
    expires_at: ColumnType<Date, Date, Date>;
  };
}
