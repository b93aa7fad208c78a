import {
  BadRequestException,
  Controller,
  Get,
  NotFoundException,
  Param,
  Query,
} from '@nestjs/common';
import { ARTICLE_ID_PATTERN, parseArticleQuery } from '../../domain/article-query';
import type { ArticleView } from '../../domain/article-view';
import { GetArticleUseCase } from '../../use-cases/get-article.use-case';
import { SearchArticlesUseCase, type ArticlePage } from '../../use-cases/search-articles.use-case';

@Controller('v1/articles')
export class ArticlesController {
  constructor(
    private readonly search: SearchArticlesUseCase,
    private readonly getArticle: GetArticleUseCase,
  ) {}

  /** `?entity=<id or name>&source=<id>&from=<iso>&to=<iso>&limit=<1-100>&cursor=<token>` */
  @Get()
  list(@Query() raw: Record<string, unknown>): Promise<ArticlePage> {
    const parsed = parseArticleQuery(raw);
    if (!parsed.ok)
      throw new BadRequestException({ message: 'invalid query', problems: parsed.problems });
    return this.search.execute(parsed.query);
  }

  /** `?format=ninjs` returns the IPTC ninjs 3.1 item; the default is Newsflow's own view. */
  @Get(':id')
  async get(
    @Param('id') id: string,
    @Query('format') format: string | undefined,
  ): Promise<ArticleView | Record<string, unknown>> {
    if (!ARTICLE_ID_PATTERN.test(id)) {
      throw new BadRequestException(`'${id.slice(0, 60)}' is not an article id (art_ + 32 hex)`);
    }
    if (format !== undefined && format !== 'ninjs' && format !== 'newsflow') {
      throw new BadRequestException("format must be 'newsflow' (default) or 'ninjs'");
    }
    const article =
      format === 'ninjs' ? await this.getArticle.ninjs(id) : await this.getArticle.execute(id);
    if (!article) throw new NotFoundException(`no article ${id}`);
    return article;
  }
}
