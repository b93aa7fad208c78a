import { type DynamicModule, Module } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '@newsflow/platform-config';
import { HealthModule, READINESS_CHECKS, type ReadinessCheck } from '@newsflow/platform-health';
import { KafkaLifecycle, KafkaModule } from '@newsflow/platform-kafka';
import { LoggingModule } from '@newsflow/platform-logging';
import { MetricsModule } from '@newsflow/platform-metrics';
import { MongoLifecycle, MongoModule } from '@newsflow/platform-mongo';

/**
 * Everything a Newsflow service has in common: config, logs, metrics, health, Kafka and the store.
 * Each service's AppModule imports this once and adds only its own ports and adapters.
 */
/** Holds the config providers; made global by forRoot. */
@Module({})
class PlatformConfigModule {}

/** Holds the readiness checks; made global by forRoot. */
@Module({})
class ReadinessModule {}

@Module({})
export class PlatformModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    const configModule: DynamicModule = {
      module: PlatformConfigModule,
      global: true,
      providers: [{ provide: PLATFORM_CONFIG, useValue: config }],
      exports: [PLATFORM_CONFIG],
    };
    const readinessModule: DynamicModule = {
      module: ReadinessModule,
      global: true,
      providers: [
        {
          provide: READINESS_CHECKS,
          inject: [KafkaLifecycle, MongoLifecycle],
          useFactory: (kafka: KafkaLifecycle, mongo: MongoLifecycle): ReadinessCheck[] => [
            { name: 'kafka', probe: () => kafka.probe() },
            { name: 'store', probe: () => mongo.probe() },
          ],
        },
      ],
      exports: [READINESS_CHECKS],
    };
    return {
      module: PlatformModule,
      imports: [
        configModule,
        LoggingModule.forRoot(config.serviceName, config.log.level),
        MetricsModule.forRoot(config.serviceName),
        KafkaModule.forRoot(),
        MongoModule.forRoot(),
        readinessModule,
        HealthModule,
      ],
    };
  }
}
