import { SourceError, UsageError } from '../../../lib/errors.js';
import type { HttpClient } from '../../http/polite-fetch.js';
import { CRAWLER_MESSAGES } from '../../messages.js';

export interface TokenManagerOptions {
  /** `https://entreprise.francetravail.fr/connexion/oauth2/access_token` (the `realm` is added). */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** @default "api_offresdemploiv2 o2dsoffre" */
  scope?: string;
  /** Renew this long before the token expires, so that no request leaves with a token about to die. @default 60000 */
  renewBeforeMs?: number;
  /** @default Date.now */
  now?: () => number;
}

export const DEFAULT_SCOPE = 'api_offresdemploiv2 o2dsoffre';

/**
 * The OAuth2 client-credentials token of the France Travail API (valid about 25 minutes). Fetched on first use,
 * renewed before it expires, and renewed once more when the API answers 401 anyway. Concurrent callers share one
 * token request. The token never leaves this object except in the Authorization header.
 */
export class TokenManager {
  private token: { value: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;
  private readonly now: () => number;

  constructor(
    private readonly http: HttpClient,
    private readonly options: TokenManagerOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** A valid access token, fetched or renewed if needed. */
  async get(): Promise<string> {
    const renewBefore = this.options.renewBeforeMs ?? 60_000;
    if (this.token && this.token.expiresAt - renewBefore > this.now()) return this.token.value;
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Forgets the token the API just refused (a 401): the next `get()` fetches a new one. */
  invalidate(refused: string): void {
    if (this.token?.value === refused) this.token = undefined;
  }

  private async fetchToken(): Promise<string> {
    const url = new URL(this.options.tokenUrl);
    if (!url.searchParams.has('realm')) url.searchParams.set('realm', '/partenaire');
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.options.clientId,
      client_secret: this.options.clientSecret,
      scope: this.options.scope ?? DEFAULT_SCOPE,
    });
    const requestedAt = this.now();
    const response = await this.http.request({
      url: url.href,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: body.toString(),
      validate: (answer) => (answer.status === 200 && !isJson(answer.text) ? 'malformed_json' : undefined),
    });
    let parsed: {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
      error_description?: unknown;
    };
    try {
      parsed = JSON.parse(response.text);
    } catch {
      parsed = {};
    }
    if (response.status === 200 && typeof parsed.access_token === 'string' && parsed.access_token !== '') {
      const seconds = Number(parsed.expires_in);
      const lifetimeMs = (Number.isFinite(seconds) && seconds > 0 ? seconds : 1499) * 1000;
      this.token = { value: parsed.access_token, expiresAt: requestedAt + lifetimeMs };
      return parsed.access_token;
    }
    const code = typeof parsed.error === 'string' ? parsed.error : `http_${response.status}`;
    const description = typeof parsed.error_description === 'string' ? `: ${parsed.error_description}` : '';
    if (code === 'invalid_client' || code === 'unauthorized_client') {
      throw new UsageError(CRAWLER_MESSAGES.credentialsRefused({ code, description }));
    }
    if (code === 'invalid_scope') {
      throw new UsageError(
        CRAWLER_MESSAGES.scopeRefused({ scope: this.options.scope ?? DEFAULT_SCOPE, code, description }),
      );
    }
    throw new SourceError(CRAWLER_MESSAGES.tokenEndpointFailed({ code, description }));
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
