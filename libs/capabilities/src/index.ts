export * from './capability.entity';
export * from './capabilities.service';
export * from './capabilities.module';
