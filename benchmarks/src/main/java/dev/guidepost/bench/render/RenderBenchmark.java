package dev.guidepost.bench.render;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.model.Language;
import dev.guidepost.render.Renderer;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Comparisons 4, 5 and 7: rendering the realistic policy's Danish document to Markdown and to an
 * HTML page with Guidepost's renderers, against hand-written {@code StringBuilder} renderers and
 * Mustache.java and Pebble templates that give the same bytes. Every method starts from the same
 * document, made outside the measurement; run with {@code -prof gc} for the allocation per render.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmark {
  private final Document document = Fixtures.document(Language.DANISH);
  private final Renderer markdown = MarkdownRenderer.create();
  private final Renderer html = HtmlRenderer.page();
  private final MustacheTemplates mustache = new MustacheTemplates();
  private final PebbleTemplates pebble = new PebbleTemplates();
  private final StringBuilder buffer = new StringBuilder(32 * 1024);

  /** Creates the benchmark's state. */
  public RenderBenchmark() {}

  /**
   * Renders Markdown with Guidepost.
   *
   * @return the Markdown
   */
  @Benchmark
  public String markdownGuidepost() {
    return markdown.render(document);
  }

  /**
   * Renders Markdown with Guidepost into a buffer that is kept from one render to the next, as a
   * server writing to a response would: what the renderer itself allocates.
   *
   * @return the buffer, holding the Markdown
   * @throws IOException never: a {@code StringBuilder} does not throw
   */
  @Benchmark
  public StringBuilder markdownGuidepostStreamed() throws IOException {
    buffer.setLength(0);
    markdown.render(document, buffer);
    return buffer;
  }

  /**
   * Renders Markdown by hand.
   *
   * @return the Markdown
   */
  @Benchmark
  public String markdownHand() {
    return HandMarkdown.render(document);
  }

  /**
   * Renders Markdown with Mustache.java.
   *
   * @return the Markdown
   */
  @Benchmark
  public String markdownMustache() {
    return mustache.markdown(document);
  }

  /**
   * Renders Markdown with Pebble.
   *
   * @return the Markdown
   */
  @Benchmark
  public String markdownPebble() {
    return pebble.markdown(document);
  }

  /**
   * Renders HTML with Guidepost.
   *
   * @return the HTML
   */
  @Benchmark
  public String htmlGuidepost() {
    return html.render(document);
  }

  /**
   * Renders HTML by hand.
   *
   * @return the HTML
   */
  @Benchmark
  public String htmlHand() {
    return HandHtml.render(document);
  }

  /**
   * Renders HTML with Mustache.java.
   *
   * @return the HTML
   */
  @Benchmark
  public String htmlMustache() {
    return mustache.html(document);
  }

  /**
   * Renders HTML with Pebble.
   *
   * @return the HTML
   */
  @Benchmark
  public String htmlPebble() {
    return pebble.html(document);
  }
}
