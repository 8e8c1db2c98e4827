package io.zerogex.tradestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {

  @Test
  void savesOwnerOnlyAndLoadsTheLatestToken(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("nested").resolve("token");
    FileTokenStore store = new FileTokenStore(file);
    assertThat(store.load()).isEmpty();
    store.save("first-SECRET");
    store.save("second-SECRET");
    assertThat(store.load()).contains("second-SECRET");
    assertThat(new FileTokenStore(file).load()).as("a new process reads it").contains("second-SECRET");
    assumeThat(Files.getFileStore(dir).supportsFileAttributeView("posix")).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(file);
    }
  }

  @Test
  void toStringShowsThePathNotTheToken(@TempDir Path dir) {
    FileTokenStore store = new FileTokenStore(dir.resolve("token"));
    store.save("token-SECRET");
    assertThat(store.toString()).contains("token").doesNotContain("SECRET");
  }
}
