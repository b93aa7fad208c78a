import {
  BadGatewayException,
  BadRequestException,
  Body,
  Controller,
  HttpCode,
  Post,
  UnprocessableEntityException,
} from '@nestjs/common';
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
    const parsed = pushArticleRequestSchema.safeParse(body);
    if (!parsed.success) {
      throw new BadRequestException({
        message: 'invalid article',
        problems: parsed.error.issues.map(
          (issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`,
        ),
      });
    }
    try {
      return await this.ingest.execute(parsed.data);
    } catch (error) {
      if (error instanceof EmptyArticleError) throw new UnprocessableEntityException(error.message);
      if (error instanceof FetchFailure) {
        if (error.refused) throw new BadRequestException(`refused to fetch url: ${error.message}`);
        throw new BadGatewayException(`could not fetch url (${error.kind}): ${error.message}`);
      }
      throw error;
    }
  }
}
