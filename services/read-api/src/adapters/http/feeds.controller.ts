import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { parseRequest } from '@newsflow/platform-service';
import {
  addFeedRequestSchema,
  feedListQuerySchema,
  toFeedListQuery,
} from '../../domain/feed-query';
import { feedUrlOf } from '../../domain/feed-url';
import type { FeedView } from '../../domain/feed-view';
import {
  ManageFeedsUseCase,
  type FeedChangeResult,
  type FeedPage,
} from '../../use-cases/manage-feeds.use-case';
import { RequiresScope } from './api-key.guard';
import { addFeedOpenApi, feedPageOpenApi, feedViewOpenApi } from './feeds-openapi';
import { ApiListPage, problemOpenApi } from './openapi';

const ID_DOC = 'feed_ + base64url of the feed URL (the `id` of the feed view)';

@ApiTags('feeds')
@ApiBearerAuth()
@ApiResponse({
  status: 400,
  description: 'Invalid request; `problems` says why',
  schema: problemOpenApi,
})
@Controller('v1/feeds')
export class FeedsController {
  constructor(private readonly feeds: ManageFeedsUseCase) {}

  @Post()
  @RequiresScope('admin')
  @ApiOperation({ summary: 'Register a feed; it is polled at once (health `new`)' })
  @ApiBody({ schema: addFeedOpenApi })
  @ApiCreatedResponse({ schema: feedViewOpenApi, description: 'Added, or a removed feed re-added' })
  @ApiResponse({ status: 409, description: 'Already registered; `feed` is the registered one' })
  async add(@Body() body: unknown): Promise<FeedView> {
    const { outcome, feed } = await this.feeds.add(
      parseRequest(addFeedRequestSchema, body, 'feed'),
    );
    if (outcome === 'already-registered')
      throw new ConflictException({
        statusCode: 409,
        message: `feed already registered as ${feed.id}`,
        feed,
      });
    return feed;
  }

  @Get()
  @ApiOperation({ summary: 'Registered feeds by URL, with their polling state' })
  @ApiQuery({ name: 'health', required: false, enum: ['new', 'healthy', 'degraded', 'broken'] })
  @ApiQuery({ name: 'paused', required: false, enum: ['true', 'false'] })
  @ApiQuery({
    name: 'removed',
    required: false,
    enum: ['true', 'false'],
    description: 'true: only removed feeds',
  })
  @ApiQuery({ name: 'url', required: false, description: 'Only the feed with this URL' })
  @ApiListPage({ limit: '1–500, default 50' })
  @ApiOkResponse({ schema: feedPageOpenApi })
  list(@Query() raw: Record<string, unknown>): Promise<FeedPage> {
    const parsed = toFeedListQuery(parseRequest(feedListQuerySchema, raw, 'query', 'query'));
    if (!parsed.ok)
      throw new BadRequestException({ message: 'invalid query', problems: [parsed.problem] });
    return this.feeds.list(parsed.query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One feed: health, last status and error, items seen, next poll and why',
  })
  @ApiParam({ name: 'id', description: ID_DOC })
  @ApiOkResponse({ schema: feedViewOpenApi })
  @ApiResponse({ status: 404, description: 'No such feed' })
  async get(@Param('id') id: string): Promise<FeedView> {
    const url = urlOf(id);
    const feed = await this.feeds.get(url);
    if (!feed) throw new NotFoundException(`no feed ${url.slice(0, 200)}`);
    return feed;
  }

  @Post(':id/pause')
  @HttpCode(200)
  @RequiresScope('admin')
  @ApiOperation({ summary: 'Stop polling a feed, keeping its state' })
  @ApiParam({ name: 'id', description: ID_DOC })
  @ApiOkResponse({ schema: feedViewOpenApi })
  @ApiResponse({ status: 409, description: 'The feed is removed' })
  async pause(@Param('id') id: string): Promise<FeedView> {
    return answer(await this.feeds.setPaused(urlOf(id), true));
  }

  @Post(':id/resume')
  @HttpCode(200)
  @RequiresScope('admin')
  @ApiOperation({ summary: 'Poll a paused feed again, at once' })
  @ApiParam({ name: 'id', description: ID_DOC })
  @ApiOkResponse({ schema: feedViewOpenApi })
  @ApiResponse({ status: 409, description: 'The feed is removed' })
  async resume(@Param('id') id: string): Promise<FeedView> {
    return answer(await this.feeds.setPaused(urlOf(id), false));
  }

  @Delete(':id')
  @HttpCode(204)
  @RequiresScope('admin')
  @ApiOperation({
    summary: 'Remove a feed: never polled again, its history kept; POST it again to re-add',
  })
  @ApiParam({ name: 'id', description: ID_DOC })
  @ApiNoContentResponse({ description: 'Removed (or already removed)' })
  @ApiResponse({ status: 404, description: 'No such feed' })
  async remove(@Param('id') id: string): Promise<void> {
    answer(await this.feeds.remove(urlOf(id)));
  }
}

function urlOf(id: string): string {
  const url = feedUrlOf(id);
  if (url === null)
    throw new BadRequestException(
      `'${id.slice(0, 60)}' is not a feed id (feed_ + base64url of the URL)`,
    );
  return url;
}

function answer(result: FeedChangeResult): FeedView {
  if (result.ok) return result.feed;
  if (result.reason === 'removed')
    throw new ConflictException('the feed is removed; POST /v1/feeds to add it again');
  throw new NotFoundException('no such feed');
}
