import { type DynamicModule, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { PipelineMetrics } from './pipeline-metrics';

@Module({})
export class MetricsModule {
  static forRoot(serviceName: string): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController],
      providers: [{ provide: PipelineMetrics, useValue: new PipelineMetrics(serviceName) }],
      exports: [PipelineMetrics],
    };
  }
}
