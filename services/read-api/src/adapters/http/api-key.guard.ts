import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { ApiKeyScope } from '../../domain/api-key';
import { TokenBucketLimiter } from '../../domain/rate-limiter';
import { READ_API_CONFIG, type ReadApiConfig } from '../../config/read-api.config';
import { ManageApiKeysUseCase } from '../../use-cases/manage-api-keys.use-case';

const SCOPE_KEY = 'newsflow:api-scope';

/** Marks a route as needing a scope other than `read` (the default). */
export const RequiresScope = (scope: ApiKeyScope) => SetMetadata(SCOPE_KEY, scope);

// Probes and scrapes come from the platform, not from API clients.
const OPEN_PATHS = /^\/(health\/(live|ready)|metrics)(\/|\?|$)/;

/** Every route but health and metrics needs a valid API key with the route's scope, within its rate. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly limiter: TokenBucketLimiter;

  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ManageApiKeysUseCase,
    @Inject(READ_API_CONFIG) config: ReadApiConfig,
  ) {
    this.limiter = new TokenBucketLimiter(config.rateLimit.perSecond, config.rateLimit.burst);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    if (OPEN_PATHS.test(request.url)) return true;
    const needed =
      this.reflector.getAllAndOverride<ApiKeyScope | undefined>(SCOPE_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'read';
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ')
      ? header.slice('Bearer '.length)
      : request.header('x-api-key');
    const result = await this.keys.authenticate(token, needed);
    if (!result.ok)
      throw new HttpException({ statusCode: result.status, message: result.reason }, result.status);
    const rate = this.limiter.take(result.key.id);
    const response = context.switchToHttp().getResponse<Response>();
    response.setHeader('RateLimit-Remaining', String(rate.remaining));
    if (!rate.allowed) {
      response.setHeader('Retry-After', String(rate.retryAfterSeconds));
      throw new HttpException(
        {
          statusCode: 429,
          message: `rate limit exceeded for key ${result.key.id}; retry after ${rate.retryAfterSeconds}s`,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return true;
  }
}
