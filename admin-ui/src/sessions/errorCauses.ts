/** RFC 5176 section 3.6's Error-Cause values, as a router sends them with a NAK. */
const ERROR_CAUSES: Record<number, string> = {
  201: 'Residual Session Context Removed',
  202: 'Invalid EAP Packet (Ignored)',
  401: 'Unsupported Attribute',
  402: 'Missing Attribute',
  403: 'NAS Identification Mismatch',
  404: 'Invalid Request',
  405: 'Unsupported Service',
  406: 'Unsupported Extension',
  407: 'Invalid Attribute Value',
  501: 'Administratively Prohibited',
  502: 'Request Not Routable (Proxy)',
  503: 'Session Context Not Found',
  504: 'Session Context Not Removable',
  505: 'Other Proxy Processing Error',
  506: 'Resources Unavailable',
  507: 'Request Initiated',
  508: 'Multiple Session Selection Unsupported',
};

/** "503 Session Context Not Found"; the number alone for a value the RFC does not name; '—' for none. */
export function errorCause(code: number | undefined | null): string {
  if (code === undefined || code === null) {
    return '—';
  }
  return ERROR_CAUSES[code] ? `${code} ${ERROR_CAUSES[code]}` : String(code);
}
