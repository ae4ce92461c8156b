package org.jixiao.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The common part of the browser tests (浏览器测试): the whole application with its demo data on a random port and
 * an H2 file database of its own, and a real headless Chromium ({@link Browser}) started before and quit after each
 * test, signed in as the test's demo user.
 *
 * <p>Each subclass names its database with {@code @TestPropertySource(properties = "jixiao.test.database=<name>")}
 * (the file is {@code target/tmp/jixiao_<name>-<uuid>}).
 * The name also keeps its Spring context apart from the other browser tests': they change the demo data, so two of
 * them must never share one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_${jixiao.test.database}-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
public abstract class BrowserTestSupport {

    /** For {@link #BrowserTestSupport(String, String)}: the browser starts signed out, the test signs in itself. */
    protected static final String NOBODY = null;

    private final String user;
    private final String screenshotPrefix;

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    /**
     * @param user the demo user signed in before each test, or {@link #NOBODY}
     * @param screenshotPrefix put before the names of the files under {@code target/screenshots/}
     */
    protected BrowserTestSupport(String user, String screenshotPrefix) {
        this.user = user;
        this.screenshotPrefix = screenshotPrefix;
    }

    @BeforeEach
    void startBrowser() throws Exception {
        if (user == null) {
            start();
        } else {
            startAs(user);
        }
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Quits the running browser, if any, and starts a fresh one, signed out. */
    protected void start() throws Exception {
        stopBrowser();
        browser = Browser.start();
        wait = Browser.waitFor(browser);
    }

    /** Quits the running browser, if any, and starts a fresh one signed in as {@code username}. */
    protected void startAs(String username) throws Exception {
        start();
        Browser.login(browser, port, username);
    }

    /** Signs out whoever was signed in (drops the cookies) and signs in as {@code username} in the same browser. */
    protected void signInAs(String username) {
        browser.manage().deleteAllCookies();
        Browser.login(browser, port, username);
    }

    /** The address of {@code path} (starting with {@code /}) on the running application. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens {@code path} of the running application. */
    protected void open(String path) {
        browser.get(url(path));
    }

    /** The text of the element with this id, hidden parts included, without surrounding whitespace. */
    protected String text(String id) {
        return browser.findElement(By.id(id)).getAttribute("textContent").strip();
    }

    /** Saves the page as {@code target/screenshots/<prefix><name>.png}. */
    protected void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(screenshotPrefix + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
