package io.zerogex.postgres;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.VendorGreeks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

/**
 * Writes one chain inside the caller's transaction. The chain's spot is upserted first; its row
 * lock makes concurrent writers of one (underlying, as-of) take turns. When that upsert inserted
 * the row, no quote of this key can exist (quotes are only written with their spot), so the
 * quotes are {@code COPY}ed straight into {@code option_quote}: the live path, one pass. When the
 * key was stored already, the quotes are {@code COPY}ed into a temporary staging table (emptied at
 * every commit, its rows discarded by every rollback) and merged with one
 * {@code INSERT ... SELECT ... ON CONFLICT DO UPDATE}. When any step fails the caller's rollback
 * discards all of it.
 */
final class ChainWrites {

  /** The quote columns in COPY order (the staging table's columns). */
  static final String QUOTE_COLUMNS = "symbol, root, expiration, strike, option_right, multiplier, settlement, "
      + "bid, ask, last, volume, open_interest, implied_volatility, delta, gamma, vega, theta, rho";

  private static final String STAGE = "zerogex_quote_stage";

  private final String quoteUpsert;
  private final String chainUpsert;
  private final String directCopy;

  ChainWrites(PostgresStoreConfig config) {
    String schema = config.quotedSchema();
    quoteUpsert = "INSERT INTO " + schema + ".option_quote (underlying, as_of, " + QUOTE_COLUMNS + ") "
        + "SELECT :underlying, :asOf, " + QUOTE_COLUMNS + " FROM " + STAGE
        + " ON CONFLICT (underlying, as_of, symbol) DO UPDATE SET "
        + SqlText.updateFromExcluded(QUOTE_COLUMNS, "symbol");
    // xmax is 0 on a row version this statement inserted and non-zero on one it updated.
    chainUpsert = "INSERT INTO " + schema + ".option_chain (underlying, as_of, spot) VALUES (:underlying, :asOf, :spot)"
        + " ON CONFLICT (underlying, as_of) DO UPDATE SET spot = EXCLUDED.spot RETURNING (xmax = 0) AS inserted";
    directCopy = "COPY " + schema + ".option_quote (underlying, as_of, " + QUOTE_COLUMNS + ") FROM STDIN";
  }

  /** Writes the chain; the caller commits or rolls back. */
  void write(Handle handle, OptionChain chain) throws SQLException, IOException {
    boolean inserted = handle.createQuery(chainUpsert).bind("underlying", chain.underlying())
        .bind("asOf", chain.asOf().atOffset(ZoneOffset.UTC)).bind("spot", chain.spot()).mapTo(Boolean.class).one();
    if (chain.quotes().isEmpty()) {
      return;
    }
    PGConnection connection = handle.getConnection().unwrap(PGConnection.class);
    if (inserted) {
      connection.getCopyAPI().copyIn(directCopy, new ByteArrayInputStream(rows(chain, true)));
      return;
    }
    handle.execute("CREATE TEMP TABLE IF NOT EXISTS " + STAGE + " ("
        + "symbol text, root text, expiration date, strike double precision, option_right \"char\", "
        + "multiplier integer, settlement text, bid double precision, ask double precision, last double precision, "
        + "volume bigint, open_interest bigint, implied_volatility double precision, delta double precision, "
        + "gamma double precision, vega double precision, theta double precision, rho double precision"
        + ") ON COMMIT DELETE ROWS");
    connection.getCopyAPI().copyIn("COPY " + STAGE + " (" + QUOTE_COLUMNS + ") FROM STDIN",
        new ByteArrayInputStream(rows(chain, false)));
    handle.createUpdate(quoteUpsert).bind("underlying", chain.underlying())
        .bind("asOf", chain.asOf().atOffset(ZoneOffset.UTC)).execute();
  }

  /**
   * The chain's quotes as COPY text rows in {@link #QUOTE_COLUMNS} order, led by the underlying
   * and the as-of when {@code withKey}.
   */
  static byte[] rows(OptionChain chain, boolean withKey) {
    CopyText copy = new CopyText(chain.size());
    String asOf = chain.asOf().toString();
    for (OptionQuote quote : chain.quotes()) {
      OptionContract contract = quote.contract();
      VendorGreeks greeks = quote.greeks();
      if (withKey) {
        copy.text(chain.underlying()).plain(asOf);
      }
      copy.text(contract.symbol()).text(contract.root()).plain(contract.expiration()).number(contract.strike())
          .plain(contract.right().code()).number(contract.multiplier()).plain(contract.settlement())
          .optional(quote.bid()).optional(quote.ask()).optional(quote.last())
          .number(quote.volume()).number(quote.openInterest()).optional(quote.impliedVolatility())
          .optional(greeks.delta()).optional(greeks.gamma()).optional(greeks.vega()).optional(greeks.theta())
          .optional(greeks.rho()).endRow();
    }
    return copy.bytes();
  }
}
