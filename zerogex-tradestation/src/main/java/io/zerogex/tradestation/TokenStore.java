package io.zerogex.tradestation;

import java.util.Optional;

/**
 * Keeps the current OAuth2 refresh token across restarts. TradeStation may rotate the refresh
 * token on a refresh; the adapter saves the new one here before it uses the access token that
 * came with it, so a crash right after a rotation never leaves only a revoked token behind.
 *
 * <p>Implementations are thread-safe and never log or print the token.
 */
public interface TokenStore {

  /** The saved refresh token, or empty when none was saved yet (the configured one is used). */
  Optional<String> load();

  /**
   * Saves a refresh token durably, replacing the previous one.
   *
   * @throws io.zerogex.core.spi.ZeroGexException when it cannot be saved
   */
  void save(String refreshToken);

  /** A store that keeps the token in memory only (lost on restart; for tests and short jobs). */
  static TokenStore inMemory() {
    return new TokenStore() {
      private volatile String token;

      @Override
      public Optional<String> load() {
        return Optional.ofNullable(token);
      }

      @Override
      public void save(String refreshToken) {
        token = refreshToken;
      }

      @Override
      public String toString() {
        return "TokenStore.inMemory()";
      }
    };
  }
}
