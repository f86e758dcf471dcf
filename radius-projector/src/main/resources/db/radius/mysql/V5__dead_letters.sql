-- Axon's JdbcSequencedDeadLetterQueue, in snake_case (see DeadLetterTable): events the radius
-- processor could not project, parked with the later events of their aggregate, committed with its token.
-- IF NOT EXISTS: where the RADIUS tables share a database with the event store, both migrations define it.
CREATE TABLE IF NOT EXISTS dead_letter_entry (
  dead_letter_id varchar(255) NOT NULL,
  processing_group varchar(255) NOT NULL,
  sequence_identifier varchar(255) NOT NULL,
  sequence_index bigint NOT NULL,
  message_type varchar(255) NOT NULL,
  event_identifier varchar(255) NOT NULL,
  time_stamp varchar(255) NOT NULL,
  payload_type varchar(255) NOT NULL,
  payload_revision varchar(255) NULL,
  payload longblob NOT NULL,
  meta_data longblob NULL,
  aggregate_type varchar(255) NULL,
  aggregate_identifier varchar(255) NULL,
  sequence_number bigint NULL,
  token_type varchar(255) NULL,
  token longblob NULL,
  enqueued_at varchar(255) NOT NULL,
  last_touched varchar(255) NULL,
  processing_started varchar(255) NULL,
  cause_type varchar(255) NULL,
  cause_message varchar(1023) NULL,
  diagnostics longblob NULL,
  PRIMARY KEY (dead_letter_id),
  UNIQUE KEY dead_letter_sequence (processing_group, sequence_identifier, sequence_index)
) ENGINE = INNODB;
