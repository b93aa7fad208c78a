import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common';
import { parseRequest } from '@newsflow/platform-service';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { API_KEY_SCOPES } from '../../domain/api-key';
import { ManageApiKeysUseCase, type ApiKeySummary } from '../../use-cases/manage-api-keys.use-case';
import { RequiresScope } from './api-key.guard';

const createKeySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(z.enum(API_KEY_SCOPES)).min(1),
  })
  .strict();

@ApiTags('admin')
@ApiBearerAuth()
@RequiresScope('admin')
@Controller('v1/admin/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ManageApiKeysUseCase) {}

  @Post()
  @ApiOperation({ summary: 'Create a key; the token is in this answer only' })
  create(@Body() body: unknown): Promise<{ token: string; key: ApiKeySummary }> {
    const request = parseRequest(createKeySchema, body, 'key request');
    return this.keys.create(request.name, request.scopes);
  }

  @Get()
  @ApiOperation({ summary: 'All keys, without secrets' })
  list(): Promise<ApiKeySummary[]> {
    return this.keys.list();
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a key' })
  async revoke(@Param('id') id: string): Promise<void> {
    if (!(await this.keys.revoke(id))) throw new NotFoundException(`no API key ${id.slice(0, 40)}`);
  }
}
