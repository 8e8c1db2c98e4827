package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code ```java} block of the project README against this module's test
 * classpath, and runs the blocks of the "Quick start" section, so the README's code cannot rot.
 *
 * <p>A block is the body of a method: leading {@code import} lines are hoisted, the rest is
 * wrapped in {@code static void main(String[]) throws Exception}. A block fenced as
 * {@code ```java no-run} is compiled but not run (for snippets that need credentials or a
 * server); a block that needs a module other than core is fenced {@code ```java module=NAME} and
 * compiled by that module's copy of this test instead.
 */
class ReadmeSnippetsTest {

  private static final String MODULE = "zerogex-examples";

  record Snippet(int line, String section, String info, String code) {
    boolean runnable() {
      return section.toLowerCase(Locale.ROOT).startsWith("quick start") && !info.contains("no-run");
    }

    String module() {
      for (String word : info.split("\\s+")) {
        if (word.startsWith("module=")) {
          return word.substring("module=".length());
        }
      }
      return MODULE;
    }
  }

  static List<Snippet> snippets(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    List<Snippet> out = new ArrayList<>();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ")) {
        section = line.substring(3).strip();
      } else if (line.startsWith("```java")) {
        String info = line.substring(3).strip();
        StringBuilder code = new StringBuilder();
        int start = i + 1;
        for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
          code.append(lines.get(i)).append('\n');
        }
        out.add(new Snippet(start + 1, section, info, code.toString()));
      }
    }
    return out;
  }

  @Test
  void everyJavaBlockCompilesAndTheQuickStartRuns(@TempDir Path classes) throws Exception {
    Path readme = Path.of("..", "README.md");
    assertThat(readme).exists();
    List<Snippet> all = snippets(readme);
    List<Snippet> mine = all.stream().filter(s -> s.module().equals(MODULE)).toList();
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler).as("a JDK with javac is needed").isNotNull();
    int runs = 0;
    for (int n = 0; n < mine.size(); n++) {
      Snippet snippet = mine.get(n);
      String className = "ReadmeSnippet" + n;
      String source = wrap(className, snippet.code());
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
      JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      StringWriter log = new StringWriter();
      boolean ok = compiler.getTask(log, files, diagnostics,
          List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"),
          null, List.of(unit)).call();
      assertThat(ok).as("README.md java block at line %d (section '%s') must compile:%n%s%n%s",
          snippet.line(), snippet.section(), diagnostics.getDiagnostics(), source).isTrue();
      if (snippet.runnable()) {
        runs++;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
          Method main = loader.loadClass(className).getMethod("main", String[].class);
          PrintStream original = System.out;
          ByteArrayOutputStream captured = new ByteArrayOutputStream();
          System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
          try {
            main.invoke(null, (Object) new String[0]);
          } finally {
            System.setOut(original);
          }
          assertThat(captured.toString(StandardCharsets.UTF_8))
              .as("README.md quick start block at line %d prints its result", snippet.line()).isNotBlank();
        }
      }
    }
    assertThat(mine).as("README.md has a java block fenced module=%s", MODULE).isNotEmpty();
    if (mine.stream().anyMatch(Snippet::runnable)) {
      assertThat(runs).as("quick start blocks run").isPositive();
    }
  }

  private static String wrap(String className, String code) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      if (line.startsWith("import ")) {
        imports.append(line).append('\n');
      } else {
        body.append("    ").append(line).append('\n');
      }
    }
    return imports + "public class " + className + " {\n  public static void main(String[] args) throws Exception {\n"
        + body + "  }\n}\n";
  }
}
