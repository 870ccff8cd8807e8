import { assertAdmin, assertRegionRead, type RequestContext } from '@birge/server-kit';
import type { MiddlewareFn } from 'type-graphql';
import { NEEDS_SCOPE } from '../needs/need-access';

/**
 * Report forms: everyone who reads analytics reads them (regional staff fill them, analysts and
 * partners read the reports made on them); only republican administrators design them.
 */
export const ReportFormReaders: MiddlewareFn<RequestContext> = ({ context }, next) => {
  assertRegionRead(context.identity, context.identity?.regionCode ?? null, NEEDS_SCOPE);
  return next();
};

/** Designing forms and reviewing reports: republican administrators only (regional staff hear ADMIN_ONLY, analysts READ_ONLY_ROLE). */
export const RepublicanOffice: MiddlewareFn<RequestContext> = ({ context }, next) => {
  assertAdmin(context.identity);
  return next();
};
