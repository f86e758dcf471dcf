/**
 * The message contract every ispflow module depends on: commands, events, queries, typed ids,
 * value objects and error codes. Plain Java records, free of Spring; Axon appears only through
 * the annotations messages need.
 */
package io.ispflow.kernel;
