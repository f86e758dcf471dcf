import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, data } from '../api/client';
import type { QuotaView, SubscriberView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { formatInstant } from '../ui/format';
import { allowanceMb, stateInWords, usedInWords } from './quotaState';

/** The server's bound on one top-up (TopUp: 1 to PackageTerms.MAX_QUOTA_MB). */
const MAX_TOP_UP_MB = 1_000_000_000;
/**
 * How long the screen reads the subscriber again while its quota is not known or a top-up not yet
 * counted: the quota comes from the sessions module, whose projector X-Min-Position does not wait
 * for, so a new subscriber may be read before it has a quota, and a top-up's position before it counts.
 */
const WAIT_MILLIS = 30_000;
const POLL_MILLIS = 1000;

/**
 * A subscriber's data quota in its current period: the bar of what was used against the quota and
 * the top-ups, the period and the state in words; and, for the roles that may, a Top-up.
 */
export function SubscriberQuota({ subscriber }: { subscriber: SubscriberView }) {
  const role = useOperator().role;
  const quota = subscriber.quota;
  const [deadline, setDeadline] = useState(() => Date.now() + WAIT_MILLIS);
  const late = usePassed(deadline);
  const [expectedTopUpMb, setExpectedTopUpMb] = useState<number | null>(null);
  const sent = useRef(0);
  const counted = expectedTopUpMb !== null && (quota?.topUpMb ?? 0) >= expectedTopUpMb;
  useSubscriberPoll(subscriber.id!, !late && (!quota || (expectedTopUpMb !== null && !counted)));

  return (
    <section aria-labelledby="quota" className={`quota quota-${quota?.state ?? 'UNKNOWN'}`}>
      <h2 id="quota">Data quota</h2>
      {quota ? <QuotaFacts quota={quota} /> : <p>Not known yet: the sessions module has not seen this subscriber.</p>}
      {may(role, 'topUpQuota') && quota && allowanceMb(quota) !== null && (
        <div className="actions">
          <CommandDialog
            title="Top up"
            description="Adds data to this period's allowance; the package rate comes back if the quota was used up."
            schema={z.object({
              mb: z.string().trim().regex(/^\d+$/, 'Give a whole number of MB')
                .refine((mb) => Number(mb) >= 1 && Number(mb) <= MAX_TOP_UP_MB, `Give 1 to ${MAX_TOP_UP_MB} MB`),
            })}
            defaultValues={{ mb: '' }}
            send={({ mb }) => {
              sent.current = (quota.topUpMb ?? 0) + Number(mb);
              return data(api.POST('/api/v1/subscribers/{id}/quota-top-up', {
                params: { path: { id: subscriber.id! } }, body: { mb: Number(mb) },
              }));
            }}
            done={() => {
              setExpectedTopUpMb(sent.current);
              setDeadline(Date.now() + WAIT_MILLIS);
            }}
            fields={(form, errors) => (
              <Field label="Extra data (MB)" hint="1 GB = 1000 MB." error={errors.mb}>
                <input inputMode="numeric" {...form.register('mb')} />
              </Field>
            )}
          />
          <p role="status">
            {expectedTopUpMb !== null && (counted ? 'Top-up counted.' : late ? 'Top-up recorded; the quota shows it once it is counted.' : 'Top-up recorded; counting it…')}
          </p>
        </div>
      )}
    </section>
  );
}

/** Whether the moment has passed, turning true when it does. */
function usePassed(moment: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    setPassed(false);
    const pass = setTimeout(() => setPassed(true), Math.max(0, moment - Date.now()));
    return () => clearTimeout(pass);
  }, [moment]);
  return passed;
}

/** Reads the subscriber (and so its quota) again every second while `on`. */
function useSubscriberPoll(id: string, on: boolean) {
  const queries = useQueryClient();
  useEffect(() => {
    if (!on) {
      return;
    }
    const poll = setInterval(() => queries.invalidateQueries({ queryKey: ['subscriber', id], exact: true }), POLL_MILLIS);
    return () => clearInterval(poll);
  }, [on, id, queries]);
}

export function QuotaFacts({ quota }: { quota: QuotaView }) {
  const state = quota.state ?? 'UNLIMITED';
  const words = stateInWords(state);
  const allowance = allowanceMb(quota);
  const used = quota.usedMb ?? 0;
  return (
    <>
      <p>
        <span className="quota-state">{words.label}</span> {words.meaning}
      </p>
      {state !== 'UNLIMITED' && allowance !== null && (
        <>
          <div className="quota-bar" role="progressbar" aria-label="Data used this period" aria-valuemin={0}
               aria-valuemax={allowance} aria-valuenow={Math.min(used, allowance)} aria-valuetext={usedInWords(quota)}>
            <div style={{ width: `${allowance === 0 ? 100 : Math.min(100, (used * 100) / allowance)}%` }} />
          </div>
          <p>{usedInWords(quota)}</p>
        </>
      )}
      <dl className="facts">
        <dt>Period</dt>
        <dd>{formatInstant(quota.periodStart)} to {quota.periodEnd ? formatInstant(quota.periodEnd) : 'no end'}</dd>
      </dl>
    </>
  );
}
