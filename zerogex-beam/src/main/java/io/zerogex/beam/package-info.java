/**
 * Apache Beam transforms over the core's calculations: option-quote rows grouped into chains and
 * turned into exposure snapshots, price bars turned into daily realized volatility, the daily
 * backtest series, and the file and BigQuery I/O around them. Every element type has a dedicated
 * coder (no Java serialization on the hot path); every rejected input goes to a dead-letter output
 * with its reason.
 */
package io.zerogex.beam;
