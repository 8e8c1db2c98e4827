package io.zerogex.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's core blocks compile, and the Quick start (core only) runs. */
class ReadmeSnippetsTest {

  @Test
  void everyCoreBlockCompilesAndTheQuickStartRuns(@TempDir Path classes) throws Exception {
    int runs = ReadmeSnippets.verify("zerogex-core", classes);
    long quickStart = ReadmeSnippets.snippets(Path.of("..", "README.md")).stream()
        .filter(s -> s.section().toLowerCase(Locale.ROOT).startsWith("quick start")).count();
    assertThat(runs).as("every quick start block runs").isEqualTo(quickStart).isPositive();
  }
}
