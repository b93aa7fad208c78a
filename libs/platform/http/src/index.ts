export { AddressPolicy, classifyAddress } from './address-policy';
export type { AddressClassification, AddressPolicyOptions } from './address-policy';
export { gunzipLimited, isGzip } from './body-reader';
export { decodeBody, detectEncoding } from './charset';
export { createGuardedConnector } from './guarded-connector';
export type { GuardedConnectorOptions } from './guarded-connector';
export { parseRetryAfter } from './retry-after';
export { SafeHttpClient } from './safe-http-client';
export type { SafeHttpPostOptions, SafeHttpResponse } from './safe-http-client';
export { safeHttpClientOptionsSchema } from './safe-http-client.options';
export type { SafeHttpClientOptions, SafeHttpRequestOptions } from './safe-http-client.options';
export { isSafeHttpError, SafeHttpError } from './safe-http-error';
export type { SafeHttpErrorDetails, SafeHttpErrorKind } from './safe-http-error';
export { validateFetchUrl } from './url-policy';
export { HostBudget } from './host-budget';
export type { BudgetedResult, HostBudgetOptions } from './host-budget';
export { HostSpacing } from './host-spacing';
export { PoliteHttpClient } from './polite-http-client';
export type { PolitenessObserver, PolitenessOptions } from './polite-http-client';
export { RobotsCache } from './robots-cache';
export type { RobotsCacheOptions } from './robots-cache';
export {
  decideRobots,
  MAX_CRAWL_DELAY_MS,
  ROBOTS_CACHE_TTL_MS,
  ROBOTS_MAX_BYTES,
  ROBOTS_UNREACHABLE_TTL_MS,
  spacingForHost,
} from './robots-policy';
export type { RobotsDecision, RobotsFetchOutcome } from './robots-policy';
export { blanketRobotsRules, parseRobotsRules } from './robots-rules';
export type { RobotsRules } from './robots-rules';
export { formatUserAgent, robotsProductToken, userAgentProblem } from './user-agent';
export type { UserAgentParts } from './user-agent';
