export * from './need-lifecycle';
export * from './need.entity';
export * from './need-nda.entity';
export * from './need-invitation.entity';
export * from './need.view';
export * from './need-access';
export * from './needs.service';
export * from './needs.module';
export { NeedResponse } from './dto/need.response';
