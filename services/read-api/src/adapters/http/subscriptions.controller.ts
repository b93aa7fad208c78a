import {
  BadRequestException,
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
import { SUBSCRIPTION_ID_PATTERN, subscriptionFilterSchema } from '@newsflow/subscriptions';
import { z } from 'zod';
import {
  ManageSubscriptionsUseCase,
  type SubscriptionView,
} from '../../use-cases/manage-subscriptions.use-case';
import { RequiresScope } from './api-key.guard';

const createSubscriptionSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    filter: subscriptionFilterSchema,
    /** Where to POST matching articles; private addresses are refused at delivery time. */
    webhook: z
      .object({ url: z.url({ protocol: /^https?$/ }) })
      .strict()
      .optional(),
  })
  .strict();

@ApiTags('subscriptions')
@ApiBearerAuth()
@Controller('v1/subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: ManageSubscriptionsUseCase) {}

  @Post()
  @RequiresScope('admin')
  @ApiOperation({
    summary: 'Subscribe: matching articles go to the subscription’s own Kafka topic',
  })
  create(@Body() body: unknown): Promise<SubscriptionView & { webhookSecret: string | null }> {
    const request = parseRequest(createSubscriptionSchema, body, 'subscription');
    return this.subscriptions.create(request.name, request.filter, request.webhook?.url ?? null);
  }

  @Get()
  @ApiOperation({ summary: 'All subscriptions' })
  list(): Promise<SubscriptionView[]> {
    return this.subscriptions.list();
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<SubscriptionView> {
    checkId(id);
    const subscription = await this.subscriptions.get(id);
    if (!subscription) throw new NotFoundException(`no subscription ${id}`);
    return subscription;
  }

  @Post(':id/pause')
  @HttpCode(200)
  @RequiresScope('admin')
  @ApiOperation({ summary: 'Stop deliveries to the topic and webhook until resumed' })
  pause(@Param('id') id: string): Promise<SubscriptionView> {
    return this.changeStatus(id, 'paused');
  }

  @Post(':id/resume')
  @HttpCode(200)
  @RequiresScope('admin')
  @ApiOperation({ summary: 'Deliver matching articles again (nothing published meanwhile)' })
  resume(@Param('id') id: string): Promise<SubscriptionView> {
    return this.changeStatus(id, 'active');
  }

  @Delete(':id')
  @HttpCode(204)
  @RequiresScope('admin')
  async remove(@Param('id') id: string): Promise<void> {
    checkId(id);
    if (!(await this.subscriptions.remove(id)))
      throw new NotFoundException(`no subscription ${id}`);
  }

  private async changeStatus(id: string, status: 'active' | 'paused'): Promise<SubscriptionView> {
    checkId(id);
    const subscription = await this.subscriptions.setStatus(id, status);
    if (!subscription) throw new NotFoundException(`no subscription ${id}`);
    return subscription;
  }
}

function checkId(id: string): void {
  if (!SUBSCRIPTION_ID_PATTERN.test(id)) {
    throw new BadRequestException(`'${id.slice(0, 60)}' is not a subscription id (sub_ + 16 hex)`);
  }
}
