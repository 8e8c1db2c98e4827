/**
 * The NYSE trading calendar: holidays, special closures, early closes, regular and extended
 * sessions in America/New_York, and the settlement instants of AM- and PM-settled options.
 * Depends on {@link io.zerogex.core.model} only.
 */
package io.zerogex.core.calendar;
