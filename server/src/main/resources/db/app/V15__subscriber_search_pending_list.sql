-- New rows' trigrams go straight into the GIN index instead of its pending list (fastupdate).
-- Every search reads the pending list in full (about 2.5 ms more per trigram scan when it is
-- full), and moving the list into the index, by autovacuum or by the insert that overflows it,
-- stalled the read-model projector's inserts: about 1,000 of 100,000 sign-ups waited 20 ms or
-- more (52 ms on average) on the embedded default, and its lag grew to tens of seconds. Without
-- the list an insert costs about 95 us instead of 40 us, every time.
ALTER INDEX subscriber_view_search SET (fastupdate = off);
