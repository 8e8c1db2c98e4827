package io.zerogex.tradestation;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.spi.ZeroGexException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link TokenStore} in one file readable and writable by its owner only ({@code rw-------} on
 * POSIX file systems). Each save writes a sibling temporary file with those permissions and moves
 * it over the old one atomically, so a crash mid-save leaves either the old or the new token,
 * never a torn file. On file systems without POSIX permissions the file inherits its folder's
 * access rules.
 *
 * <p>This class is thread-safe.
 */
public final class FileTokenStore implements TokenStore {

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

  private final Path file;

  /**
   * @param file the token file; its folder is created (owner-only) on the first save
   */
  public FileTokenStore(Path file) {
    this.file = Arguments.notNull(file, "file").toAbsolutePath();
  }

  /** {@code ~/.zerogex/tradestation-refresh-token}. */
  public static Path defaultPath() {
    return Path.of(System.getProperty("user.home"), ".zerogex", "tradestation-refresh-token");
  }

  /** The token file. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized Optional<String> load() {
    try {
      String token = Files.readString(file, StandardCharsets.UTF_8).strip();
      return token.isEmpty() ? Optional.empty() : Optional.of(token);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new ZeroGexException("cannot read the refresh-token file " + file + ": " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public synchronized void save(String refreshToken) {
    Arguments.notNull(refreshToken, "refreshToken");
    if (refreshToken.isBlank()) {
      throw new IllegalArgumentException("refreshToken must not be blank");
    }
    Path dir = file.getParent();
    Path temp = null;
    try {
      boolean posix = Files.getFileStore(existingAncestor(dir)).supportsFileAttributeView("posix");
      if (!Files.isDirectory(dir)) {
        if (posix) {
          Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
          Files.createDirectories(dir);
        }
      }
      temp = posix
          ? Files.createTempFile(dir, ".token", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
          : Files.createTempFile(dir, ".token", ".tmp");
      Files.writeString(temp, refreshToken + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new ZeroGexException("cannot save the rotated refresh token to " + file + " ("
          + e.getClass().getSimpleName() + "); fix the file's folder and permissions", e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the save already failed and says so; a leftover owner-only temp file is harmless
        }
      }
    }
  }

  private static Path existingAncestor(Path dir) {
    Path p = dir;
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p == null ? Path.of(".").toAbsolutePath() : p;
  }

  /** Shows the file, never the token. */
  @Override
  public String toString() {
    return "FileTokenStore[" + file + "]";
  }
}
