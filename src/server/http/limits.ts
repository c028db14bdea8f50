/** The caps every request is checked against (each a 4xx when exceeded, never a slow answer). */
export interface AgentHandlerLimits {
  /** Longest request URL in characters (8,192; longer: 414). */
  maxUrlLength: number;
  /** Most filter values in one list request, over every parameter (200; more: 400). */
  maxFilterValues: number;
  /** Most distinct `facet.<key>` keys in one request (16; more: 400). */
  maxFacetKeys: number;
  /** Longest single parameter value, e.g. the text query (256 characters; longer: 400). */
  maxValueLength: number;
  /** Largest page (`limit`): larger asks get this many (500). */
  maxLimit: number;
  /** Largest action body in bytes (64 KiB; larger: 413). */
  maxBodyBytes: number;
  /** Most ids one action names (1,000; more: 400). */
  maxActionIds: number;
  /** Seconds between stream heartbeats (15). */
  heartbeatSeconds: number;
  /** The `Retry-After` seconds of a 503 for a query that ran past the store's time limit (5). */
  retryAfterSeconds: number;
}

export const DEFAULT_LIMITS: AgentHandlerLimits = {
  maxUrlLength: 8192,
  maxFilterValues: 200,
  maxFacetKeys: 16,
  maxValueLength: 256,
  maxLimit: 500,
  maxBodyBytes: 64 * 1024,
  maxActionIds: 1000,
  heartbeatSeconds: 15,
  retryAfterSeconds: 5,
};
