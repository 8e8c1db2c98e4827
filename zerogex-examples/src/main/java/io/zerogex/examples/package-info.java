/**
 * The {@code zerogex} command line ({@link io.zerogex.examples.ZerogexCommand}) and its
 * {@code report} subcommand: a Cboe chain through the core exposure engine to a text table, JSON
 * and PNG charts. This module is not published: it bundles Cboe demo data, and it holds no
 * exposure math of its own (every number comes from {@code io.zerogex.core.exposure}).
 */
package io.zerogex.examples;
