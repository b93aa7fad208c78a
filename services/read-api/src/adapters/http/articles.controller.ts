import {
  BadRequestException,
  Controller,
  Get,
  NotAcceptableException,
  NotFoundException,
  Param,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ARTICLE_ID_PATTERN, parseArticleQuery } from '../../domain/article-query';
import type { ArticleView } from '../../domain/article-view';
import { GetArticleUseCase, type ArticleVersionView } from '../../use-cases/get-article.use-case';
import { SearchArticlesUseCase, type ArticlePage } from '../../use-cases/search-articles.use-case';
import { ApiListPage, articlePageOpenApi, articleViewOpenApi, problemOpenApi } from './openapi';

@ApiTags('articles')
@ApiBearerAuth()
@Controller('v1/articles')
export class ArticlesController {
  constructor(
    private readonly search: SearchArticlesUseCase,
    private readonly getArticle: GetArticleUseCase,
  ) {}

  /** `?entity=<id or name>&source=<id>&from=<iso>&to=<iso>&limit=<1-100>&cursor=<token>` */
  @Get()
  @ApiOperation({ summary: 'Articles, newest first, filtered by entity, source and time' })
  @ApiQuery({
    name: 'entity',
    required: false,
    description: 'Entity id (wikidata:Q…, local:person:…) or name, case-insensitive',
  })
  @ApiQuery({ name: 'source', required: false, description: 'Source id, e.g. example.com' })
  @ApiQuery({
    name: 'topic',
    required: false,
    description: 'IPTC Media Topic code the tagger assigned, e.g. medtop:15000000 (sport)',
  })
  @ApiQuery({
    name: 'q',
    required: false,
    description: 'Words that must all occur in the title or body',
  })
  @ApiQuery({ name: 'language', required: false, description: 'ISO 639-1 code' })
  @ApiQuery({
    name: 'agency',
    required: false,
    description: 'Credited wire agency, e.g. AFP, Reuters, AP',
  })
  @ApiQuery({ name: 'story', required: false, description: 'Story id' })
  @ApiQuery({ name: 'from', required: false, description: 'ISO-8601 date or date-time, inclusive' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO-8601 date or date-time, inclusive' })
  @ApiListPage({
    limit: '1–100, default 20',
    fields: 'Comma-separated article fields to return (id always)',
  })
  @ApiOkResponse({ schema: articlePageOpenApi })
  list(@Query() raw: Record<string, unknown>): Promise<ArticlePage> {
    const parsed = parseArticleQuery(raw);
    if (!parsed.ok)
      throw new BadRequestException({ message: 'invalid query', problems: parsed.problems });
    return this.search.execute(parsed.query);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Every version of an article, newest first' })
  @ApiParam({ name: 'id', description: 'art_ + 32 hex' })
  async versions(@Param('id') id: string): Promise<ArticleVersionView[]> {
    if (!ARTICLE_ID_PATTERN.test(id)) {
      throw new BadRequestException(`'${id.slice(0, 60)}' is not an article id (art_ + 32 hex)`);
    }
    const versions = await this.getArticle.versions(id);
    if (!versions) throw new NotFoundException(`no article ${id}`);
    return versions;
  }

  /**
   * The IPTC ninjs 3.1 item by default, the interchange format newsroom systems read;
   * `?format=newsflow` gives the full pipeline view (text offsets, entities, dedup verdict).
   */
  @Get(':id')
  @ApiOperation({ summary: 'One article, as an IPTC ninjs 3.1 item or as Newsflow JSON' })
  @ApiParam({ name: 'id', description: 'art_ + 32 hex' })
  @ApiQuery({ name: 'format', required: false, enum: ['ninjs', 'newsflow'] })
  @ApiOkResponse({
    schema: {
      oneOf: [
        { type: 'object', description: 'IPTC ninjs 3.1 item', additionalProperties: true },
        articleViewOpenApi,
      ],
    },
    description: 'An IPTC ninjs 3.1 item (format=newsflow: Newsflow JSON)',
  })
  @ApiResponse({ status: 400, description: 'Malformed id or format', schema: problemOpenApi })
  @ApiResponse({ status: 404, description: 'No such article' })
  @ApiResponse({ status: 406, description: 'Stored before ninjs renditions were kept' })
  async get(
    @Param('id') id: string,
    @Query('format') format: string | undefined,
  ): Promise<ArticleView | Record<string, unknown>> {
    if (!ARTICLE_ID_PATTERN.test(id)) {
      throw new BadRequestException(`'${id.slice(0, 60)}' is not an article id (art_ + 32 hex)`);
    }
    if (format !== undefined && format !== 'ninjs' && format !== 'newsflow') {
      throw new BadRequestException("format must be 'ninjs' (default) or 'newsflow'");
    }
    if (format === 'newsflow') {
      const article = await this.getArticle.execute(id);
      if (!article) throw new NotFoundException(`no article ${id}`);
      return article;
    }
    const ninjs = await this.getArticle.ninjs(id);
    if (!ninjs) throw new NotFoundException(`no article ${id}`);
    if (!ninjs.item) {
      throw new NotAcceptableException(
        `article ${id} was stored before ninjs renditions were kept; ask for ?format=newsflow`,
      );
    }
    return ninjs.item;
  }
}
