package io.zerogex.beam;

import io.zerogex.core.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's blocks fenced {@code module=zerogex-beam} compile against this module. */
class ReadmeSnippetsTest {

  @Test
  void everyBlockOfThisModuleCompiles(@TempDir Path classes) throws Exception {
    ReadmeSnippets.verify("zerogex-beam", classes);
  }
}
