package io.zerogex.core;

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

/**
 * Compiles the {@code ```java} blocks of the project README that belong to one module against
 * that module's test classpath, and runs its blocks in the "Quick start" section, so the README's
 * code cannot rot. Every module with README code has a one-line test calling
 * {@link #verify(String, Path)}; published in core's test-jar for that purpose.
 *
 * <p>A block is the body of a method: leading {@code import} lines are hoisted, the rest is
 * wrapped in {@code static void main(String[]) throws Exception}. A block fenced as
 * {@code ```java no-run} is compiled but not run (for snippets that need credentials or a
 * server); a block that needs a module other than core is fenced {@code ```java module=NAME} and
 * compiled by that module's copy of this test instead.
 */
public final class ReadmeSnippets {

  private ReadmeSnippets() {
  }

  /** One fenced block: its first line, section heading, fence info string and code. */
  public record Snippet(int line, String section, String info, String code) {
    boolean runnable() {
      return section.toLowerCase(Locale.ROOT).startsWith("quick start") && !info.contains("no-run");
    }

    String module() {
      for (String word : info.split("\\s+")) {
        if (word.startsWith("module=")) {
          return word.substring("module=".length());
        }
      }
      return "zerogex-core";
    }
  }

  /** Every {@code ```java} block of a README, in order. */
  public static List<Snippet> snippets(Path readme) throws IOException {
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

  /**
   * Compiles every README block of {@code module} (there must be at least one) and runs those in
   * the Quick start section; returns how many ran.
   *
   * @param module the artifactId, e.g. {@code zerogex-core}; the test runs in that module's folder
   * @param classes an empty folder for the compiled blocks
   */
  public static int verify(String module, Path classes) throws Exception {
    Path readme = Path.of("..", "README.md");
    assertThat(readme).exists();
    List<Snippet> mine = snippets(readme).stream().filter(s -> s.module().equals(module)).toList();
    assertThat(mine).as("README.md has a java block for %s", module).isNotEmpty();
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
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeSnippets.class.getClassLoader())) {
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
    return runs;
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
