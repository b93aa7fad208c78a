import {
  BadRequestException,
  Controller,
  Get,
  NotFoundException,
  Param,
  Query,
  Res,
} from '@nestjs/common';
import { parseRequest } from '@newsflow/platform-service';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { STORY_ID_PATTERN, storyQuerySchema } from '../../domain/story-query';
import type { StoryDetailView } from '../../domain/story-view';
import { GetStoryUseCase } from '../../use-cases/get-story.use-case';
import { SearchStoriesUseCase, type StoryPage } from '../../use-cases/search-stories.use-case';
import { ApiListPage, problemOpenApi } from './openapi';
import { storyDetailOpenApi, storyPageOpenApi } from './story-openapi';

@ApiTags('stories')
@ApiBearerAuth()
@Controller('v1/stories')
export class StoriesController {
  constructor(
    private readonly search: SearchStoriesUseCase,
    private readonly getStory: GetStoryUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Stories (articles about one event), newest-updated first' })
  @ApiQuery({ name: 'source', required: false, description: 'Source id of a member' })
  @ApiQuery({ name: 'language', required: false, description: 'ISO 639-1 code of a member' })
  @ApiQuery({
    name: 'entity',
    required: false,
    description: 'Entity id or name one of the latest 1000 articles mentioning it belongs to',
  })
  @ApiQuery({ name: 'since', required: false, description: 'lastSeen at or after (ISO-8601)' })
  @ApiQuery({ name: 'until', required: false, description: 'lastSeen at or before (ISO-8601)' })
  @ApiQuery({ name: 'minMembers', required: false, description: 'At least this many articles' })
  @ApiListPage({ limit: '1–100, default 20', fields: 'Comma-separated fields (id always)' })
  @ApiOkResponse({ schema: storyPageOpenApi })
  list(@Query() raw: Record<string, unknown>): Promise<StoryPage> {
    return this.search.execute(parseRequest(storyQuerySchema, raw, 'query', 'query'));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One story with its members, wire original and timeline' })
  @ApiParam({ name: 'id', description: 'story:art_ + 32 hex' })
  @ApiOkResponse({
    schema: storyDetailOpenApi,
    description: 'A merged id answers with the story that absorbed it (`redirectedFrom` says so)',
  })
  @ApiResponse({ status: 400, description: 'Malformed id', schema: problemOpenApi })
  @ApiResponse({ status: 404, description: 'No such story' })
  async get(
    @Param('id') id: string,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ): Promise<StoryDetailView> {
    if (!STORY_ID_PATTERN.test(id)) {
      throw new BadRequestException(`'${id.slice(0, 60)}' is not a story id (story:art_ + 32 hex)`);
    }
    const lookup = await this.getStory.execute(id);
    if (!lookup.found) {
      throw new NotFoundException(
        lookup.reason === 'unknown'
          ? `no story ${id}`
          : `story ${id} was merged into a story that is not stored yet; try again shortly`,
      );
    }
    if (lookup.story.redirectedFrom !== null) {
      response.setHeader('content-location', `/v1/stories/${encodeURIComponent(lookup.story.id)}`);
    }
    return lookup.story;
  }
}
