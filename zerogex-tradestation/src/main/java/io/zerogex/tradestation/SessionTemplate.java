package io.zerogex.tradestation;

/**
 * TradeStation's session templates for US equity bars: which hours a bar chart covers. Ignored by
 * TradeStation for symbols other than US equities (indexes have only the regular session).
 */
public enum SessionTemplate {
  /** The symbol's default session (regular hours for US equities). */
  DEFAULT("Default"),
  /** Pre-market and regular hours. */
  US_EQUITY_PRE("USEQPre"),
  /** Regular hours and post-market. */
  US_EQUITY_POST("USEQPost"),
  /** Pre-market, regular hours and post-market. */
  US_EQUITY_PRE_AND_POST("USEQPreAndPost"),
  /** All 24 hours. */
  US_EQUITY_24_HOUR("USEQ24Hour");

  private final String wireName;

  SessionTemplate(String wireName) {
    this.wireName = wireName;
  }

  /** The value of the {@code sessiontemplate} query parameter. */
  public String wireName() {
    return wireName;
  }
}
