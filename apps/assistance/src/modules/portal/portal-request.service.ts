import { requirePortalCaller, type RequestContext } from '@birge/server-kit';
import { AssistanceRequestStatus } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { AssistanceRequestService } from '../request/assistance-request.service';
import type { AssistanceRequest } from '../request/assistance-request.type';
import type { RateAssistanceRequestInput } from '../request/dto/request-workflow.inputs';
import type { RequestWorkflowService } from '../request/request-workflow.service';
import { TimelineEntryKind } from '../timeline/timeline-entry-kind.enum';
import type { PortalAssistanceRequest, PortalRequestStep } from './organization-portal.type';
import type { PortalSubmitRequestInput } from './portal-request.inputs';

/** What the organization sees of a request's way: its moves, never staff's comments or assignments. */
const VISIBLE_STEPS = [TimelineEntryKind.STATUS_CHANGED, TimelineEntryKind.REFERRED, TimelineEntryKind.STATE_BODY_ANSWERED, TimelineEntryKind.RATED];

interface RequestRow {
  id: string;
  type: string;
  subtype: string;
  status: string;
  description: string;
  created_at: Date;
  due_at: Date | null;
  version: number;
  rating: number | null;
  steps: { kind: string; at: string; fromStatus: string | null; toStatus: string | null }[];
}

/**
 * An organization's requests for help as its contact acts on them through the portal link: only
 * the link's organization, every action in the contact's name (portal:<e-mail>) through the same
 * rules as staff's (the catalog, the workflow, a rating once a request is resolved).
 */
export class PortalRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: AssistanceRequestService,
    private readonly workflow: RequestWorkflowService,
  ) {}

  /** The organization's latest 50 requests with their way, in two statements at most. */
  async list(context: Pick<RequestContext, 'identity'>, linkId: string): Promise<PortalAssistanceRequest[]> {
    const caller = requirePortalCaller(context);
    if (caller.linkId !== linkId) return [];
    const rows: RequestRow[] = await this.dataSource.query(
      `SELECT r.id, r.type, r.subtype, r.status, r.description, r.created_at, r.due_at, r.version, r.rating,
         coalesce((SELECT jsonb_agg(jsonb_build_object('kind', t.kind, 'at', t.at, 'fromStatus', t.from_status, 'toStatus', t.to_status) ORDER BY t.at, t.seq)
           FROM assistance.request_timeline_entry t WHERE t.request_id = r.id AND t.kind = ANY($2::text[])), '[]'::jsonb) AS steps
       FROM assistance.assistance_request r WHERE r.organization_id = $1 ORDER BY r.created_at DESC, r.id DESC LIMIT 50`,
      [caller.organizationId, VISIBLE_STEPS],
    );
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      subtype: row.subtype,
      status: row.status,
      description: row.description,
      createdAt: row.created_at,
      dueAt: row.due_at,
      version: row.version,
      rating: row.rating,
      canRate: row.status === AssistanceRequestStatus.RESOLVED && row.rating === null,
      timeline: row.steps.map((step) => ({ ...step, at: new Date(step.at) }) as PortalRequestStep),
    })) as PortalAssistanceRequest[];
  }

  submit(context: Pick<RequestContext, 'identity'>, input: PortalSubmitRequestInput): Promise<AssistanceRequest> {
    const caller = requirePortalCaller(context);
    return this.requests.submit({ ...input, organizationId: caller.organizationId }, caller.identity, caller);
  }

  rate(context: Pick<RequestContext, 'identity'>, input: RateAssistanceRequestInput): Promise<AssistanceRequest> {
    return this.workflow.rate(input, context.identity, requirePortalCaller(context));
  }
}
