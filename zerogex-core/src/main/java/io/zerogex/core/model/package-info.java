/**
 * Immutable value types of the library: option contracts, quotes, chains, bars and underlying
 * quotes. Every record validates in its constructor and copies collections; missing vendor values
 * are {@link java.util.OptionalDouble} or documented flags, never a NaN that could leak into a sum.
 */
package io.zerogex.core.model;
