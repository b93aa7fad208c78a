import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { READ_API_CONFIG, type ReadApiConfig } from '../../config/read-api.config';
import { ManageApiKeysUseCase } from '../../use-cases/manage-api-keys.use-case';

/** Seeds the operator's first admin key (READ_API_BOOTSTRAP_ADMIN_KEY) so keys can be managed at all. */
@Injectable()
export class BootstrapApiKey implements OnApplicationBootstrap {
  constructor(
    private readonly keys: ManageApiKeysUseCase,
    @Inject(READ_API_CONFIG) private readonly config: ReadApiConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.bootstrapAdminKey)
      await this.keys.ensureBootstrapKey(this.config.bootstrapAdminKey);
  }
}
