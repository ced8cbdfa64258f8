import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface AccessTables {
  forvaltninger: {
    id: string;
    name: string;
    created_at: CreatedAt;
  };
  users: {
    id: string;
    username: string;
    display_name: string;
    forvaltning_id: string | null;
    roles: string[];
    password_hash: string | null;
    disabled_at: Date | null;
    course_completed_at: Date | null;
    /** `issuer|sub` of a user who signs in through OIDC. */
    oidc_subject: ColumnType<string | null, string | null | undefined, string | null>;
    created_at: CreatedAt;
  };
  oidc_login_states: {
    state: string;
    code_verifier: string;
    nonce: string;
    expires_at: Date;
  };
  sessions: {
    /** SHA-256 of the cookie value; the value itself is never stored. */
    id_hash: string;
    user_id: string;
    csrf_token: string;
    expires_at: Date;
    created_at: CreatedAt;
  };
  api_tokens: {
    id: string;
    token_hash: string;
    name: string;
    user_id: string;
    use_case_id: string | null;
    expires_at: Date | null;
    revoked_at: Date | null;
    last_used_at: Date | null;
    created_at: CreatedAt;
  };
  course_attempts: {
    id: Generated<number>;
    user_id: string;
    score: number;
    passed: boolean;
    created_at: CreatedAt;
  };
}
