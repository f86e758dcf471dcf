package io.ispflow.server.adminapp;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver, on the admin app of a test
 * server; it speaks the operator's words (labels, button texts). Each test leaves a screenshot in
 * target/admin-app-browser/; a failing one also its page's DOM and the browser's console.
 */
final class Browser implements AfterTestExecutionCallback, AfterAllCallback {

    static final Path EVIDENCE = Path.of("target", "admin-app-browser");
    /** Beyond the app's own wait for the read model (5 s, then it asks again): a loaded CI machine lags more. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private WebDriver driver;
    private WebDriverWait wait;
    private String base;
    private Path downloads;

    /** Starts Chromium on first use, so that a class that never reaches its server starts none. */
    Browser on(int port) {
        base = "http://127.0.0.1:" + port;
        if (driver == null) {
            downloads = temporaryDirectory("ispflow-downloads");
            driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options(downloads));
            wait = new WebDriverWait(driver, PATIENCE);
        }
        return this;
    }

    private static ChromeOptions options(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=en-GB",
                "--user-data-dir=" + temporaryDirectory("ispflow-chromium"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new tab session: no tokens from the previous test, cleared on a page where the app does not run. */
    Browser signIn(String username, String password) {
        open("/assets/none.js");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
        open("/");
        fill("User name", username);
        fill("Password", password);
        press("Sign in");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//button[normalize-space()='Sign out']")));
        return this;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Types into the input labelled {@code label} (in the open dialog, if one is open). */
    Browser fill(String label, String value) {
        WebElement input = labelled(label);
        input.clear();
        input.sendKeys(value);
        return this;
    }

    Browser choose(String label, String option) {
        new Select(labelled(label)).selectByVisibleText(option);
        return this;
    }

    /** Presses the button (in the open dialog, if one is open) with this text. */
    Browser press(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(scope() + "//button[normalize-space()='" + text + "']"))).click();
        return this;
    }

    /** Ticks the checkbox whose label, wrapped around it, begins with {@code label} (in the open dialog, if one is open). */
    Browser check(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(scope() + "//label[starts-with(normalize-space(), '" + label
                + "')]//input[@type='checkbox']"))).click();
        return this;
    }

    /** Opens the {@code <details>} whose summary reads {@code summary}. */
    Browser expand(String summary) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//summary[normalize-space()='" + summary + "']"))).click();
        return this;
    }

    /** Presses the {@code index}th (from 0) of the buttons with this text. */
    Browser pressNth(String text, int index) {
        By buttons = By.xpath(scope() + "//button[normalize-space()='" + text + "']");
        wait.until(driver -> driver.findElements(buttons).size() > index);
        driver.findElements(buttons).get(index).click();
        return this;
    }

    /** Follows the link; a list that a later answer draws again (search as one types) replaces its links, so it is found again then. */
    Browser follow(String linkText) {
        wait.until(driver -> {
            WebElement link = ExpectedConditions.elementToBeClickable(By.linkText(linkText)).apply(driver);
            try {
                if (link != null) {
                    link.click();
                }
                return link != null;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
        return this;
    }

    Browser waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return this;
    }

    Browser waitForText(By where, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(where, text));
        return this;
    }

    Browser waitUntilNoDialog() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[role=dialog]")));
        return this;
    }

    /** Waits until the element's whole text is {@code text} (a count that must become 4, not 14). */
    Browser waitForExactText(By where, String text) {
        wait.until(ExpectedConditions.textToBe(where, text));
        return this;
    }

    /** The content of the file the browser saved whose name ends in {@code ending}, once it is wholly saved (no longer .crdownload). */
    String downloaded(String ending) {
        Path file = wait.until(driver -> saved(ending));
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path saved(String ending) {
        try (var files = Files.list(downloads)) {
            return files.filter(file -> file.getFileName().toString().endsWith(ending)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Turns to the tab the app opened last; {@link #closeTab()} comes back. */
    Browser inNewTab() {
        String current = driver.getWindowHandle();
        wait.until(driver -> driver.getWindowHandles().size() > 1);
        driver.switchTo().window(driver.getWindowHandles().stream().filter(handle -> !handle.equals(current)).findFirst().orElseThrow());
        return this;
    }

    /** Closes this tab and turns back to the one that remains. */
    Browser closeTab() {
        driver.close();
        driver.switchTo().window(driver.getWindowHandles().iterator().next());
        return this;
    }

    String text(By where) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(where)).getText();
    }

    String attribute(By where, String name) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(where)).getAttribute(name);
    }

    /** The error shown next to the input labelled {@code label}, once there is one. */
    String errorNextTo(String label) {
        WebElement input = labelled(label);
        wait.until(driver -> "true".equals(input.getAttribute("aria-invalid")));
        String described = input.getAttribute("aria-describedby");
        return driver.findElement(By.id(described.substring(described.lastIndexOf(' ') + 1))).getText();
    }

    /** The texts of the elements {@code where} finds, once it finds one. */
    List<String> texts(By where) {
        wait.until(ExpectedConditions.presenceOfElementLocated(where));
        return driver.findElements(where).stream().map(WebElement::getText).toList();
    }

    /** The texts of every button on the page (the header's included). */
    List<String> buttons() {
        return driver.findElements(By.tagName("button")).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** axe-core's WCAG 2.1 A and AA rules on the page as it is: no serious or critical violation. */
    Browser accessible(String screen) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> violations = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
        assertThat(violations).as("accessibility of the " + screen + " screen").isEmpty();
        return this;
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }

    /** Scrolls the page so that {@code where} is at the top of the window, for a screenshot of it. */
    Browser scrollTo(By where) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver.findElement(where));
        return this;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(EVIDENCE);
            Files.write(EVIDENCE.resolve(name + ".png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private WebElement labelled(String label) {
        WebElement labelElement = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath(scope() + "//label[normalize-space()='" + label + "']")));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** Radix marks the page behind an open dialog inert: look inside the dialog then. */
    private String scope() {
        return driver.findElements(By.cssSelector("[role=dialog]")).isEmpty() ? "" : "//*[@role='dialog']";
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestMethod().getName();
        screenshot(name);
        if (context.getExecutionException().isPresent()) {
            Files.writeString(EVIDENCE.resolve(name + ".html"), driver.getPageSource());
            Files.write(EVIDENCE.resolve(name + ".console.log"), driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString).toList());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }
}
