package id.go.pemda.bandwidth.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives the webapps in the system's headless Chromium ({@link Browser}). It
 * runs only where {@code chromium} and {@code chromedriver} are installed, and is skipped with a
 * plain message elsewhere, so that {@code ./mvnw verify} passes on a bare JDK.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserCondition.class)
public @interface BrowserTest {}
