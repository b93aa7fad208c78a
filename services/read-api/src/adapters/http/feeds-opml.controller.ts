import { BadRequestException, Controller, Get, Header, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { OpmlError } from '../../domain/opml-reader';
import { ImportFeedsUseCase, type FeedImportResult } from '../../use-cases/import-feeds.use-case';
import { RequiresScope } from './api-key.guard';
import { feedImportOpenApi } from './feeds-openapi';
import { OPML_MEDIA_TYPES, readOpmlBody } from './opml-body.reader';
import { problemOpenApi } from './openapi';

/** OPML import and export. Registered before FeedsController so `export` is not read as an id. */
@ApiTags('feeds')
@ApiBearerAuth()
@Controller('v1/feeds')
export class FeedsOpmlController {
  constructor(private readonly imports: ImportFeedsUseCase) {}

  @Post('import')
  @RequiresScope('admin')
  @ApiOperation({
    summary: 'Register every feed of an OPML 1.0/2.0 subscription list (nested outlines too)',
    description:
      'Body: the OPML file (text/x-opml, application/xml…, at most 5 MiB) or JSON {"opml": "…"} ' +
      '(JSON bodies are limited to 100 KB). DTDs are refused. Already registered feeds are ' +
      'left alone; invalid outlines are listed with the reason.',
  })
  @ApiConsumes(...OPML_MEDIA_TYPES, 'application/json')
  @ApiBody({ schema: { type: 'string', description: 'OPML document' } })
  @ApiOkResponse({ schema: feedImportOpenApi })
  @ApiResponse({ status: 400, description: 'Not usable OPML', schema: problemOpenApi })
  @ApiResponse({ status: 413, description: 'Larger than 5 MiB' })
  @ApiResponse({ status: 415, description: 'Neither OPML/XML nor JSON' })
  async import(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FeedImportResult> {
    const text = await readOpmlBody(request, response);
    try {
      const result = await this.imports.importOpml(text);
      response.status(200);
      return result;
    } catch (error) {
      if (error instanceof OpmlError)
        throw new BadRequestException({ message: 'invalid OPML', problems: [error.message] });
      throw error;
    }
  }

  @Get('export')
  @Header('content-type', 'text/x-opml; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="newsflow-feeds.opml"')
  @ApiOperation({ summary: 'Every registered feed (paused included, removed not) as OPML 2.0' })
  @ApiProduces('text/x-opml')
  @ApiOkResponse({ schema: { type: 'string' } })
  export(): Promise<string> {
    return this.imports.exportOpml();
  }
}
