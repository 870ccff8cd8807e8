import {
  allowedTransitions,
  AssistanceOutcomeResult,
  AssistanceRequestStatus,
  FINAL_ASSISTANCE_STATUSES,
  OUTCOMES_BY_SUBTYPE,
  OUTCOMES_REQUIRING_LINK,
  type AssistanceSubtype,
  type Identity,
  kazakhstanDay,
} from '@birge/shared-reference';
import { NotFoundError, type EventBus, type PortalCaller } from '@birge/server-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../common/clock';
import { conflict, invalidField, staleVersion } from '../common/coded-errors';
import { parseLocalDate } from '../common/local-date';
import { assertCanWrite } from '../access/assistance-access';
import type { PublicationService } from '../publication/publication.service';
import type { StateBodyReferralService } from '../referral/state-body-referral.service';
import { TimelineEntryKind } from '../timeline/timeline-entry-kind.enum';
import type { NewTimelineEntry, TimelineService } from '../timeline/timeline.service';
import type {
  AssignAssistanceRequestInput,
  AssistanceOutcomeInput,
  ChangeAssistanceRequestStatusInput,
  CommentOnAssistanceRequestInput,
  RateAssistanceRequestInput,
  RecordStateBodyAnswerInput,
} from './dto/request-workflow.inputs';
import { AssistanceRequestEntity } from './assistance-request.entity';
import { toAssistanceRequest } from './assistance-request.mapper';
import { requestState, requestStateFigures } from './assistance-request.state';
import type { AssistanceRequest } from './assistance-request.type';
import { lockRequest } from './request-lock';

function trimmed(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/**
 * The request workflow. Every change runs in one transaction: lock the row, check the version,
 * check the rule, write the change, its timeline entry and its event. Any refusal rolls all of it
 * back, so a refused change leaves the request exactly as it was.
 */
export class RequestWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly timeline: TimelineService,
    private readonly referrals: StateBodyReferralService,
    private readonly clock: Clock,
    private readonly publications: PublicationService,
  ) {}

  changeStatus(input: ChangeAssistanceRequestStatusInput, identity: Identity | null): Promise<AssistanceRequest> {
    // Withdrawing is the requester's decision, taken by whoever acts for it (staff of the region, a partner system with assistance:write).
    return this.change(input, identity, async (manager, request, actor) => {
      this.regionOf(request); // the events name the region: refused before anything while it is pending
      const from = request.status as AssistanceRequestStatus;
      const allowed = allowedTransitions(from);
      if (!allowed.includes(input.status)) {
        throw invalidField(
          'status',
          'INVALID_TRANSITION',
          `a request in ${from} cannot move to ${input.status}; ${allowed.length ? `allowed: ${allowed.join(', ')}` : 'it is final'}`,
          { from, to: input.status, allowedTransitions: allowed },
        );
      }
      const comment = trimmed(input.comment);
      if (input.status === AssistanceRequestStatus.DECLINED && !comment) {
        throw invalidField('comment', 'REQUIRED', 'is required when declining: tell the organization why');
      }
      const now = this.clock.now();
      if (input.status === AssistanceRequestStatus.RESOLVED) {
        const outcome = this.checkOutcome(input.outcome, request.subtype as AssistanceSubtype);
        Object.assign(request, { outcomeResult: outcome.result, outcomeNote: trimmed(outcome.note), outcomeLink: trimmed(outcome.link), resolvedAt: now });
        // A publication made goes to the region's publication log, in this transaction.
        if (outcome.result === AssistanceOutcomeResult.PUBLICATION_MADE) await this.publications.recordFromOutcome(manager, request, actor.userId);
      } else if (input.outcome) {
        throw invalidField('outcome', 'NOT_ALLOWED', 'is given only when resolving a request');
      }

      let referralId: string | null = null;
      if (input.status === AssistanceRequestStatus.WAITING_ON_STATE_BODY) {
        if (!input.referral) throw invalidField('referral', 'REQUIRED', 'is required: name the state body the request waits on');
        const referredOn = input.referral.referredOn ? parseLocalDate(input.referral.referredOn, 'referral.referredOn') : kazakhstanDay(now);
        if (referredOn > kazakhstanDay(now)) throw invalidField('referral.referredOn', 'IN_THE_FUTURE', 'must be today or earlier');
        referralId = await this.referrals.create(manager, request.id, input.referral, referredOn, actor.userId);
      } else if (input.referral) {
        throw invalidField('referral', 'NOT_ALLOWED', 'is given only when the request starts waiting on a state body');
      }

      request.status = input.status;
      const saved = await this.saveWithEntry(manager, request, actor, TimelineEntryKind.STATUS_CHANGED, { text: comment, fromStatus: from, toStatus: input.status, referralId });
      if (referralId) {
        await this.timeline.append(manager, { requestId: request.id, kind: TimelineEntryKind.REFERRED, authorId: actor.userId, referralId });
      }
      await this.events.publish(manager, 'assistance.request-status-changed', { ...(await this.withState(manager, saved, actor)), from, to: input.status });
      return toAssistanceRequest(saved, now);
    });
  }

  assign(input: AssignAssistanceRequestInput, identity: Identity | null): Promise<AssistanceRequest> {
    return this.change(input, identity, async (manager, request, actor) => {
      this.regionOf(request); // the events name the region: refused before anything while it is pending
      this.assertOpen(request);
      const assigneeId = trimmed(input.assigneeId);
      const previousAssigneeId = request.assigneeId;
      if (assigneeId === previousAssigneeId) return toAssistanceRequest(request, this.clock.now());
      request.assigneeId = assigneeId;
      const saved = await this.saveWithEntry(manager, request, actor, TimelineEntryKind.ASSIGNED, { assigneeId });
      await this.events.publish(manager, 'assistance.request-assigned', { ...(await this.withState(manager, saved, actor)), assigneeId, previousAssigneeId });
      return toAssistanceRequest(saved, this.clock.now());
    });
  }

  /** Comments only add to the timeline: the request's version does not change. */
  comment(input: CommentOnAssistanceRequestInput, identity: Identity | null): Promise<AssistanceRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await lockRequest(manager, input.id);
      const actor = this.actor(request, identity);
      const text = trimmed(input.text);
      if (!text) throw invalidField('text', 'REQUIRED', 'is required');
      await this.timeline.append(manager, { requestId: request.id, kind: TimelineEntryKind.COMMENT, authorId: actor.userId, text });
      return toAssistanceRequest(request, this.clock.now());
    });
  }

  recordStateBodyAnswer(input: RecordStateBodyAnswerInput, identity: Identity | null): Promise<AssistanceRequest> {
    return this.change(input, identity, async (manager, request, actor) => {
      const referral = await this.referrals.lock(manager, request.id, input.referralId);
      if (!referral) throw new NotFoundError('StateBodyReferral', input.referralId, 'referralId');
      if (referral.answer !== null) throw conflict('ALREADY_ANSWERED', `the answer to referral ${referral.id} was recorded already`);
      const now = this.clock.now();
      const answeredOn = input.answeredOn ? parseLocalDate(input.answeredOn, 'answeredOn') : kazakhstanDay(now);
      if (answeredOn < referral.referredOn) throw invalidField('answeredOn', 'BEFORE_REFERRAL', `must not be before the referral (${referral.referredOn})`);
      if (answeredOn > kazakhstanDay(now)) throw invalidField('answeredOn', 'IN_THE_FUTURE', 'must be today or earlier');
      const answer = trimmed(input.answer);
      if (!answer) throw invalidField('answer', 'REQUIRED', 'is required');
      await this.referrals.answer(manager, referral.id, answer, answeredOn, actor.userId);
      const saved = await this.saveWithEntry(manager, request, actor, TimelineEntryKind.STATE_BODY_ANSWERED, { text: answer, referralId: referral.id });
      await this.publishChanged(manager, saved, 'STATE_BODY_ANSWERED', actor);
      return toAssistanceRequest(saved, now);
    });
  }

  /** `portal`: the organization's contact rates through their portal link, their own organization's requests only. */
  rate(input: RateAssistanceRequestInput, identity: Identity | null, portal?: PortalCaller): Promise<AssistanceRequest> {
    const rater = (request: AssistanceRequestEntity): Identity => {
      // Another organization's request is as unknown to a portal link as one that does not exist.
      if (portal && request.organizationId !== portal.organizationId) throw new NotFoundError('AssistanceRequest', input.id, 'id');
      return portal ? portal.identity : this.actor(request, identity);
    };
    return this.change(input, rater, async (manager, request, actor) => {
      if (request.status !== AssistanceRequestStatus.RESOLVED) {
        throw conflict('NOT_RESOLVED', `only a resolved request can be rated; this one is ${request.status}`, { status: request.status });
      }
      if (request.rating !== null) throw conflict('ALREADY_RATED', 'the request has been rated already; a rating is given once');
      const now = this.clock.now();
      Object.assign(request, { rating: input.score, ratingComment: trimmed(input.comment), ratedAt: now });
      const saved = await this.saveWithEntry(manager, request, actor, TimelineEntryKind.RATED, {
        text: `${input.score}/5${request.ratingComment ? `: ${request.ratingComment}` : ''}`,
      });
      await this.publishChanged(manager, saved, 'RATED', actor);
      // The score only: the comment is the organization's words and stays here.
      await this.events.publish(manager, 'assistance.request-rated', {
        requestId: saved.id,
        organizationId: saved.organizationId,
        regionCode: this.regionOf(request),
        score: input.score,
        assigneeId: saved.assigneeId ?? null,
        actorId: actor.userId,
      });
      return toAssistanceRequest(saved, now);
    });
  }

  /**
   * Runs `apply` in one transaction on the request, locked, once the caller is known to be allowed
   * (`caller` an identity, or what finds who acts from the request) and the version sent is the request's.
   */
  private change<T>(
    sent: { id: string; version: number },
    caller: Identity | null | ((request: AssistanceRequestEntity) => Identity),
    apply: (manager: EntityManager, request: AssistanceRequestEntity, actor: Identity) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const request = await lockRequest(manager, sent.id);
      const actor = typeof caller === 'function' ? caller(request) : this.actor(request, caller);
      this.assertVersion(request, sent.version);
      return apply(manager, request, actor);
    });
  }

  private checkOutcome(outcome: AssistanceOutcomeInput | null | undefined, subtype: AssistanceSubtype): AssistanceOutcomeInput {
    if (!outcome) throw invalidField('outcome', 'REQUIRED', 'is required when resolving: record what came of the request');
    const allowed = OUTCOMES_BY_SUBTYPE[subtype];
    if (!allowed.includes(outcome.result)) {
      throw invalidField('outcome.result', 'OUTCOME_NOT_FOR_SUBTYPE', `${outcome.result} is not a result of ${subtype}; choose one of ${allowed.join(', ')}`, {
        allowedResults: allowed,
      });
    }
    const link = trimmed(outcome.link);
    if (link && !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(link)) throw invalidField('outcome.link', 'INVALID_URL', 'must be an http(s) address');
    if (!link && OUTCOMES_REQUIRING_LINK.includes(outcome.result)) {
      throw invalidField('outcome.link', 'LINK_REQUIRED', `is required for ${outcome.result}: give the publication's address`);
    }
    return outcome;
  }

  /** Who may change a request: decided by its stored region (see assertRegionWrite), before anything else is checked. */
  private actor(request: AssistanceRequestEntity, identity: Identity | null): Identity {
    return assertCanWrite(identity, request.regionCode, `assistance request ${request.id}`);
  }

  private assertVersion(request: AssistanceRequestEntity, expected: number): void {
    if (request.version !== expected) throw staleVersion('AssistanceRequest', request.id, expected, request.version);
  }

  private assertOpen(request: AssistanceRequestEntity): void {
    if (FINAL_ASSISTANCE_STATUSES.includes(request.status as AssistanceRequestStatus)) {
      throw conflict('REQUEST_CLOSED', `the request is ${request.status}; it cannot change any more`, { status: request.status });
    }
  }

  /** The workflow needs the region (for the events and their audience); it follows the registry. */
  private regionOf(request: AssistanceRequestEntity): string {
    if (!request.regionCode) {
      throw conflict('REGION_PENDING', "the organization's region has not arrived from the registry yet; try again shortly");
    }
    return request.regionCode;
  }

  /** The request's new state for analytics, in the transaction of the change. */
  private async publishChanged(manager: EntityManager, request: AssistanceRequestEntity, change: 'RATED' | 'STATE_BODY_ANSWERED', actor: Identity): Promise<void> {
    await this.events.publish(manager, 'assistance.request-changed', { ...(await this.withState(manager, request, actor)), change });
  }

  /** What every event of a change to the request says: which request, of which organization and region, its new state, who acted. */
  private async withState(manager: EntityManager, request: AssistanceRequestEntity, actor: Identity) {
    return {
      requestId: request.id,
      organizationId: request.organizationId,
      regionCode: this.regionOf(request),
      state: requestState(request, await requestStateFigures(manager, request.id)),
      actorId: actor.userId,
    };
  }

  /** Saves the request as changed by `actor`, and adds its timeline entry of `kind` by them. */
  private async saveWithEntry(
    manager: EntityManager,
    request: AssistanceRequestEntity,
    actor: Identity,
    kind: TimelineEntryKind,
    entry: Omit<NewTimelineEntry, 'requestId' | 'kind' | 'authorId'> = {},
  ): Promise<AssistanceRequestEntity> {
    request.updatedBy = actor.userId;
    const saved = await manager.getRepository(AssistanceRequestEntity).save(request);
    await this.timeline.append(manager, { requestId: request.id, kind, authorId: actor.userId, ...entry });
    return saved;
  }
}
