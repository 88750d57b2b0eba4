// Types for the parts of the `sip` package (kirm/sip.js, plain JavaScript) the gateway uses.
// Parsed messages are plain objects; header values the library does not parse stay strings.
declare module 'sip' {
  export interface SipUri {
    schema: string;
    user?: string;
    password?: string;
    host: string;
    port?: number;
    params: Record<string, string | null>;
    headers: Record<string, string>;
  }
  export interface NameAddr {
    name?: string;
    uri: string;
    params: Record<string, string | null>;
  }
  export interface Via {
    version?: string;
    protocol: string;
    host: string;
    port?: number;
    params: Record<string, string | number | null>;
  }
  /** Auth header parameters as sent: quoted values keep their quotes. */
  export type AuthParams = Record<string, string | undefined> & { scheme?: string };
  export interface SipHeaders {
    via: Via[];
    to: NameAddr;
    from: NameAddr;
    'call-id': string;
    cseq: { seq: number; method: string };
    contact?: NameAddr[] | '*';
    route?: { uri: string | SipUri; name?: string; params?: Record<string, string | null> }[];
    authorization?: AuthParams[];
    'www-authenticate'?: AuthParams[];
    'content-type'?: string;
    'content-length'?: number;
    expires?: string;
    'max-forwards'?: string | number;
    [name: string]: unknown;
  }
  export interface SipRequest {
    method: string;
    uri: string;
    version?: string;
    headers: SipHeaders;
    /** A binary (latin1) string: decode with Buffer.from(content, 'binary'). */
    content?: string;
  }
  export interface SipResponse {
    status: number;
    reason: string;
    version?: string;
    headers: SipHeaders;
    content?: string;
  }
  export interface Remote {
    protocol: string;
    address: string;
    port: number;
    local?: { address: string; port: number };
  }
  export interface SipStack {
    send(message: SipRequest | SipResponse, onResponse?: (response: SipResponse) => void): void;
    encodeFlowUri(flow: Remote): SipUri;
    hostname(): string;
    destroy(): void;
  }
  export interface SipOptions {
    port?: number;
    address?: string;
    publicAddress?: string;
    hostname?: string;
    udp?: boolean;
    tcp?: boolean;
    ws_port?: number;
    maxBytesHeaders?: number;
    maxContentLength?: number;
    logger?: {
      recv?: (message: SipRequest | SipResponse, remote: Remote) => void;
      send?: (message: SipRequest | SipResponse, target: Remote) => void;
      error?: (error: unknown) => void;
    };
  }
  interface SipModule {
    create(options: SipOptions, onRequest: (request: SipRequest, remote: Remote) => void): SipStack;
    makeResponse(
      request: SipRequest,
      status: number,
      reason?: string,
      extension?: { headers?: Record<string, unknown>; content?: string },
    ): SipResponse;
    parseUri(uri: string | SipUri): SipUri | undefined;
    stringifyUri(uri: SipUri): string;
    generateBranch(): string;
  }
  const sip: SipModule;
  export default sip;
}
