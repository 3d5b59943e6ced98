import type { Replica } from '../../replica/index.js';

/** A token from the replica, the way a client gets one from the real endpoint. */
export async function fetchToken(replica: Replica, scope = 'api_offresdemploiv2 o2dsoffre'): Promise<string> {
  const response = await fetch(replica.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: replica.credentials.clientId,
      client_secret: replica.credentials.clientSecret,
      scope,
    }).toString(),
  });
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

export function apiGet(replica: Replica, token: string, path: string): Promise<Response> {
  return fetch(`${replica.apiUrl}${path}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
}

export interface SearchBody {
  resultats: { id: string; [key: string]: unknown }[];
  filtresPossibles: { filtre: string; agregation: { valeurPossible: string; nbResultats: number }[] }[];
}
