package uk.nhs.screeningplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Checks made on every page a browser test visits: no Content-Security-Policy violation, and no
 * serious or critical accessibility fault found by axe-core (WCAG 2.0/2.1/2.2 A and AA rules). axe
 * comes from the npm registry (src/test/axe/package.json), installed once into target/axe.
 */
final class PageChecks {

  /** Collects the page's CSP violations from its first script on. */
  static final String CSP_LISTENER =
      "window.__cspViolations = [];"
          + " document.addEventListener('securitypolicyviolation', e =>"
          + " window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI));";

  private static final Path AXE_DIR = Paths.get("target", "axe");
  private static final Path AXE =
      AXE_DIR.resolve(Paths.get("node_modules", "axe-core", "axe.min.js"));
  private static String axeSource;

  private PageChecks() {}

  /** Fails on a CSP violation or a serious or critical axe finding; writes axe's findings. */
  static void check(Page page, String name) {
    @SuppressWarnings("unchecked")
    List<String> csp = (List<String>) page.evaluate("() => window.__cspViolations || []");
    assertThat(csp).as("Content-Security-Policy violations on " + name).isEmpty();
    page.evaluate(axe());
    String findings =
        (String)
            page.evaluate(
                "async () => { const r = await axe.run(document, {runOnly: {type: 'tag', values:"
                    + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});"
                    + " return r.violations.filter(v => v.impact === 'serious' || v.impact ==="
                    + " 'critical').map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — '"
                    + " + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' (' +"
                    + " (n.failureSummary || '').replace(/\\n/g, ' ') + ')').join('; ')).join('\\n'); }");
    try {
      Files.writeString(
          BrowserSession.SCREENSHOTS.resolve(name + "-axe.txt"), findings, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // the findings are in the assertion message too
    }
    assertThat(findings).as("serious or critical accessibility faults (axe) on " + name).isEmpty();
  }

  private static synchronized String axe() {
    if (axeSource == null) {
      try {
        if (!Files.exists(AXE)) {
          install();
        }
        axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException("axe-core could not be read from " + AXE, e);
      }
    }
    return axeSource;
  }

  private static void install() throws IOException {
    Files.createDirectories(AXE_DIR);
    Files.copy(
        Paths.get("src", "test", "axe", "package.json"),
        AXE_DIR.resolve("package.json"),
        StandardCopyOption.REPLACE_EXISTING);
    Process npm =
        new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--ignore-scripts")
            .directory(AXE_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(AXE_DIR.resolve("npm-install.log").toFile())
            .start();
    try {
      if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(AXE)) {
        throw new IllegalStateException(
            "npm install of axe-core failed; see " + AXE_DIR.resolve("npm-install.log"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted installing axe-core", e);
    }
  }
}
