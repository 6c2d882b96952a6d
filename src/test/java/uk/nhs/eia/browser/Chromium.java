package uk.nhs.eia.browser;

import java.io.File;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium, as installed by .ci/run; the machine's network is closed, so nothing phones home. */
public final class Chromium {

    private static ChromeDriver shared;
    private static ChromeDriver sharedWithoutJavaScript;

    private Chromium() {
    }

    /**
     * One browser for every test class of the run that asks for it, closed as the run ends: each start costs seconds,
     * and tests that sign in first clear the cookies anyway.
     */
    public static synchronized ChromeDriver shared() {
        if (shared == null) {
            shared = closedAtExit(start());
        }
        return shared;
    }

    /** As {@link #shared()}, for pages that run no script. */
    public static synchronized ChromeDriver sharedWithoutJavaScript() {
        if (sharedWithoutJavaScript == null) {
            sharedWithoutJavaScript = closedAtExit(startWithoutJavaScript());
        }
        return sharedWithoutJavaScript;
    }

    private static ChromeDriver closedAtExit(ChromeDriver driver) {
        Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        return driver;
    }

    public static ChromeDriver start() {
        return start(options());
    }

    /**
     * A browser whose pages run no script, as for someone whose JavaScript failed to load or is turned off. The test
     * can still run its own scripts (axe-core, filling forms) through the driver.
     */
    public static ChromeDriver startWithoutJavaScript() {
        ChromeOptions options = options();
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        return start(options);
    }

    private static ChromeOptions options() {
        return new ChromeOptions()
                .setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,1024");
    }

    private static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }
}
