import {
  BadGatewayException,
  GatewayTimeoutException,
  BadRequestException,
  Body,
  Controller,
  HttpCode,
  Post,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { parseRequest } from '@newsflow/platform-service';
import { EmptyArticleError } from '../../domain/article-assembly';
import { FetchFailure } from '../../ports/document.fetcher';
import {
  IngestPushedArticleUseCase,
  type PushReceipt,
} from '../../use-cases/ingest-pushed-article.use-case';
import { pushArticleRequestSchema } from './push-article.request';

@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly ingest: IngestPushedArticleUseCase) {}

  /** Accepts a pushed article; 202 once it is on news.article.ingested.v1. */
  @Post()
  @HttpCode(202)
  async push(@Body() body: unknown): Promise<PushReceipt> {
    const request = parseRequest(pushArticleRequestSchema, body, 'article');
    try {
      return await this.ingest.execute(request);
    } catch (error) {
      if (error instanceof EmptyArticleError) throw new UnprocessableEntityException(error.message);
      if (error instanceof FetchFailure) {
        if (error.refused) throw new BadRequestException(`refused to fetch url: ${error.message}`);
        // The site's own rule, not a failure: the caller can push the text or html instead.
        if (error.kind === 'robots-disallowed') {
          throw new UnprocessableEntityException(`${error.message}; push text or html instead`);
        }
        if (error.kind === 'host-busy') throw new ServiceUnavailableException(error.message);
        if (error.kind === 'timeout') {
          throw new GatewayTimeoutException(`could not fetch url (timeout): ${error.message}`);
        }
        throw new BadGatewayException(`could not fetch url (${error.kind}): ${error.message}`);
      }
      throw error;
    }
  }
}
