import { Controller, Get, Query } from '@nestjs/common';
import { parseRequest } from '@newsflow/platform-service';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { trendQuerySchema } from '../../domain/entity-trends';
import { EntityTrendsUseCase, type TrendReport } from '../../use-cases/entity-trends.use-case';

@ApiTags('trends')
@ApiBearerAuth()
@Controller('v1/trends')
export class TrendsController {
  constructor(private readonly trends: EntityTrendsUseCase) {}

  @Get('entities')
  @ApiOperation({ summary: 'Most-mentioned entities in a window, against the window before' })
  @ApiQuery({ name: 'window', required: false, description: '90m, 24h (default), 7d…' })
  @ApiQuery({ name: 'type', required: false, enum: ['person', 'organisation', 'place'] })
  @ApiQuery({ name: 'limit', required: false, description: '1–100, default 20' })
  entities(@Query() raw: Record<string, unknown>): Promise<TrendReport> {
    const request = parseRequest(trendQuerySchema, raw, 'query', 'query');
    return this.trends.execute(request);
  }
}
