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
 * Writes one chain inside the caller's transaction: {@code COPY} of every quote into a
 * temporary staging table (emptied at every commit, its rows discarded by every rollback), then one {@code INSERT ... SELECT ... ON CONFLICT
 * DO UPDATE} into {@code option_quote} and an upsert of the chain's spot. When any step fails
 * the caller's rollback discards all of it.
 */
final class ChainWrites {

  /** The quote columns in COPY order (the staging table's columns). */
  static final String QUOTE_COLUMNS = "symbol, root, expiration, strike, option_right, multiplier, settlement, "
      + "bid, ask, last, volume, open_interest, implied_volatility, delta, gamma, vega, theta, rho";

  private static final String STAGE = "zerogex_quote_stage";

  private final String quoteUpsert;
  private final String chainUpsert;

  ChainWrites(PostgresStoreConfig config) {
    String schema = config.quotedSchema();
    StringBuilder updates = new StringBuilder();
    for (String column : QUOTE_COLUMNS.split(", ")) {
      if (!column.equals("symbol")) {
        updates.append(updates.length() == 0 ? "" : ", ").append(column).append(" = EXCLUDED.").append(column);
      }
    }
    quoteUpsert = "INSERT INTO " + schema + ".option_quote (underlying, as_of, " + QUOTE_COLUMNS + ") "
        + "SELECT :underlying, :asOf, " + QUOTE_COLUMNS + " FROM " + STAGE
        + " ON CONFLICT (underlying, as_of, symbol) DO UPDATE SET " + updates;
    chainUpsert = "INSERT INTO " + schema + ".option_chain (underlying, as_of, spot) VALUES (:underlying, :asOf, :spot)"
        + " ON CONFLICT (underlying, as_of) DO UPDATE SET spot = EXCLUDED.spot";
  }

  /** Stages and merges the chain; the caller commits or rolls back. */
  void write(Handle handle, OptionChain chain) throws SQLException, IOException {
    handle.execute("CREATE TEMP TABLE IF NOT EXISTS " + STAGE + " ("
        + "symbol text, root text, expiration date, strike double precision, option_right \"char\", "
        + "multiplier integer, settlement text, bid double precision, ask double precision, last double precision, "
        + "volume bigint, open_interest bigint, implied_volatility double precision, delta double precision, "
        + "gamma double precision, vega double precision, theta double precision, rho double precision"
        + ") ON COMMIT DELETE ROWS");
    handle.createUpdate(chainUpsert).bind("underlying", chain.underlying())
        .bind("asOf", chain.asOf().atOffset(ZoneOffset.UTC)).bind("spot", chain.spot()).execute();
    if (chain.quotes().isEmpty()) {
      return;
    }
    PGConnection connection = handle.getConnection().unwrap(PGConnection.class);
    connection.getCopyAPI().copyIn("COPY " + STAGE + " (" + QUOTE_COLUMNS + ") FROM STDIN",
        new ByteArrayInputStream(rows(chain)));
    handle.createUpdate(quoteUpsert).bind("underlying", chain.underlying())
        .bind("asOf", chain.asOf().atOffset(ZoneOffset.UTC)).execute();
  }

  /** The chain's quotes as COPY text rows, in {@link #QUOTE_COLUMNS} order. */
  static byte[] rows(OptionChain chain) {
    CopyText copy = new CopyText(chain.size());
    for (OptionQuote quote : chain.quotes()) {
      OptionContract contract = quote.contract();
      VendorGreeks greeks = quote.greeks();
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
