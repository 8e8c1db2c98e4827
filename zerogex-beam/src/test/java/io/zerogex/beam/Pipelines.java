package io.zerogex.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.URISyntaxException;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.BoundedSource;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PValue;

/** Direct-runner pipelines for the tests, and the check that none of their data is Java-serialized. */
final class Pipelines {

  private Pipelines() {
  }

  static Pipeline direct() {
    PipelineOptions options = PipelineOptionsFactory.create();
    options.setRunner(DirectRunner.class);
    return Pipeline.create(options);
  }

  /**
   * Fails when any data PCollection of the pipeline is encoded with Java serialization. Beam's own
   * plumbing is skipped: PAssert's verdicts and the serialized {@code BoundedSource} splits of its
   * reads (Create, TextIO: one element per split, not per data element).
   */
  static void assertNoJavaSerialization(Pipeline pipeline) {
    pipeline.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitValue(PValue value, TransformHierarchy.Node producer) {
        if (value instanceof PCollection<?> collection && !collection.getName().startsWith("PAssert")
            && !collection.getCoder().toString().contains("SerializableCoder(" + BoundedSource.class.getName() + ")")) {
          assertThat(collection.getCoder())
              .as("coder of %s", collection.getName())
              .isNotInstanceOf(SerializableCoder.class);
          assertThat(collection.getCoder().toString()).as("coder of %s", collection.getName())
              .doesNotContain("SerializableCoder");
        }
      }
    });
  }

  static Path resource(String name) {
    try {
      return Paths.get(Pipelines.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
