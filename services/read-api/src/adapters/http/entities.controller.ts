import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { parseRequest } from '@newsflow/platform-service';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { EntityCandidate } from '../../domain/entity-candidates';
import {
  blockEntitySchema,
  candidateQuerySchema,
  createEntitySchema,
  entityIdSchema,
  entityListQuerySchema,
  mergeEntitySchema,
  patchEntitySchema,
  promoteCandidateSchema,
} from '../../domain/entity-requests';
import type { EntityView } from '../../domain/entity-view';
import { EntityAdminUseCase } from '../../use-cases/entity-admin.use-case';
import { EntityCandidatesUseCase } from '../../use-cases/entity-candidates.use-case';
import { EntityLookupUseCase, type EntityDetail } from '../../use-cases/entity-lookup.use-case';
import { EntityMergeUseCase, type MergeOutcome } from '../../use-cases/entity-merge.use-case';
import { RequiresScope } from './api-key.guard';

const idParamSchema = z.object({ id: entityIdSchema }).strict();
const ID_PARAM = {
  name: 'id',
  description: 'wikidata:Q…, geonames:… or local:<type>:<slug>',
} as const;
const TYPES = ['person', 'organisation', 'place'];

/** The newsroom vocabulary: reads for every key, changes for admin keys. Taggers reload changes. */
@ApiTags('entities')
@ApiBearerAuth()
@Controller('v1/entities')
export class EntitiesController {
  constructor(
    private readonly lookup: EntityLookupUseCase,
    private readonly admin: EntityAdminUseCase,
    private readonly merges: EntityMergeUseCase,
    private readonly candidates: EntityCandidatesUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Autocomplete names and aliases (any word, case and accents ignored)' })
  @ApiQuery({ name: 'prefix', required: false, description: 'e.g. "ass" finds Bashar al-Assad' })
  @ApiQuery({ name: 'type', required: false, enum: TYPES })
  @ApiQuery({ name: 'status', required: false, enum: ['active', 'blocked', 'merged'] })
  @ApiQuery({ name: 'limit', required: false, description: '1–100, default 20' })
  list(@Query() raw: Record<string, unknown>): Promise<EntityView[]> {
    return this.lookup.list(parseRequest(entityListQuerySchema, raw, 'query', 'query'));
  }

  // Declared before ':id' so "candidates" is never read as an entity id.
  @Get('candidates')
  @RequiresScope('admin')
  @ApiOperation({ summary: 'Entities taggers found that the vocabulary lacks, with counts' })
  @ApiQuery({ name: 'type', required: false, enum: TYPES })
  @ApiQuery({ name: 'minArticles', required: false, description: 'default 2' })
  @ApiQuery({ name: 'days', required: false, description: 'look-back window, 1–365, default 30' })
  @ApiQuery({ name: 'limit', required: false, description: '1–200, default 50' })
  listCandidates(@Query() raw: Record<string, unknown>): Promise<EntityCandidate[]> {
    return this.candidates.list(parseRequest(candidateQuerySchema, raw, 'query', 'query'));
  }

  @Post('candidates/:key/promote')
  @HttpCode(201)
  @RequiresScope('admin')
  @ApiOperation({
    summary: 'Accept a candidate into the vocabulary (optionally under a Wikidata id)',
  })
  @ApiParam({ name: 'key', description: 'the candidate key, local:<type>:<slug>' })
  promote(@Param('key') key: string, @Body() body: unknown): Promise<EntityView> {
    const { id } = parseRequest(idParamSchema, { id: key }, 'candidate key', 'query');
    return this.candidates.promote(id, parseRequest(promoteCandidateSchema, body, 'promotion'));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One entity; a merged id answers with its survivor (redirectedFrom)' })
  @ApiParam(ID_PARAM)
  get(@Param('id') raw: string): Promise<EntityDetail> {
    return this.lookup.get(entityId(raw));
  }

  @Post()
  @RequiresScope('admin')
  @ApiOperation({ summary: 'Add an entity; taggers use it within one reload interval' })
  create(@Body() body: unknown): Promise<EntityView> {
    return this.admin.create(parseRequest(createEntitySchema, body, 'entity'));
  }

  @Patch(':id')
  @RequiresScope('admin')
  @ApiOperation({
    summary: 'Rename, change aliases, type or external ids (send revision to guard)',
  })
  @ApiParam(ID_PARAM)
  patch(@Param('id') raw: string, @Body() body: unknown): Promise<EntityView> {
    return this.admin.patch(entityId(raw), parseRequest(patchEntitySchema, body, 'entity change'));
  }

  @Post(':id/merge')
  @HttpCode(200)
  @RequiresScope('admin')
  @ApiOperation({ summary: 'Merge the ids in {"from": [...]} into this entity' })
  @ApiParam(ID_PARAM)
  merge(@Param('id') raw: string, @Body() body: unknown): Promise<MergeOutcome> {
    const request = parseRequest(mergeEntitySchema, body, 'merge');
    return this.merges.execute(entityId(raw), request.from);
  }

  @Post(':id/block')
  @HttpCode(200)
  @RequiresScope('admin')
  @ApiOperation({ summary: 'Never emit this id or its names (works for local: ids of noise too)' })
  @ApiParam(ID_PARAM)
  block(@Param('id') raw: string, @Body() body: unknown): Promise<EntityView> {
    return this.admin.block(entityId(raw), parseRequest(blockEntitySchema, body, 'block'));
  }

  @Post(':id/unblock')
  @HttpCode(200)
  @RequiresScope('admin')
  @ApiOperation({ summary: 'Emit a blocked entity again' })
  @ApiParam(ID_PARAM)
  unblock(@Param('id') raw: string): Promise<EntityView> {
    return this.admin.unblock(entityId(raw));
  }
}

function entityId(raw: string): string {
  return parseRequest(idParamSchema, { id: raw }, 'entity id', 'query').id;
}
