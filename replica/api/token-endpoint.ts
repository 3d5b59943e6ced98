import { randomBytes } from 'node:crypto';
import type { ReplicaResponse } from '../http-response.js';
import { jsonResponse } from '../http-response.js';

export interface Credentials {
  clientId: string;
  clientSecret: string;
}

/** Scopes the real token endpoint grants to an "Offres d'emploi v2" application. */
const KNOWN_SCOPES = new Set(['api_offresdemploiv2', 'o2dsoffre', 'api_rome-metiersv1', 'nomenclatureRome']);

/** Issued tokens and their expiry; an expired token answers 401 like the real API. */
export class TokenStore {
  private readonly tokens = new Map<string, { clientId: string; expiresAt: number }>();

  constructor(
    private readonly credentials: Credentials,
    private readonly ttlSeconds: () => number,
  ) {}

  /** `POST /connexion/oauth2/access_token?realm=%2Fpartenaire`, form-encoded. */
  issue(body: string): ReplicaResponse {
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'client_credentials') {
      return jsonResponse(400, {
        error: 'unsupported_grant_type',
        error_description: 'Invalid grant_type parameter value',
      });
    }
    if (
      form.get('client_id') !== this.credentials.clientId ||
      form.get('client_secret') !== this.credentials.clientSecret
    ) {
      return jsonResponse(400, { error: 'invalid_client' });
    }
    const scopes = (form.get('scope') ?? '').split(/\s+/).filter(Boolean);
    const ownScope = `application_${this.credentials.clientId}`;
    const unknown = scopes.filter((scope) => !KNOWN_SCOPES.has(scope) && scope !== ownScope);
    if (scopes.length === 0 || unknown.length > 0 || !scopes.includes('api_offresdemploiv2')) {
      return jsonResponse(400, { error: 'invalid_scope', error_description: 'Invalid scope' });
    }
    const token = randomBytes(20).toString('base64url');
    const ttl = this.ttlSeconds();
    this.tokens.set(token, { clientId: this.credentials.clientId, expiresAt: Date.now() + ttl * 1000 });
    return jsonResponse(200, {
      access_token: token,
      scope: scopes.join(' '),
      token_type: 'Bearer',
      expires_in: ttl,
    });
  }

  /** The client id behind a valid `Authorization: Bearer …` header, or undefined. */
  verify(authorization: string | undefined): string | undefined {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return undefined;
    const entry = this.tokens.get(match[1]!);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.tokens.delete(match[1]!);
      return undefined;
    }
    return entry.clientId;
  }
}
