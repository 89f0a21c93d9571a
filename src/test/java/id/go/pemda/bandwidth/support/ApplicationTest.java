package id.go.pemda.bandwidth.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application as the README runs it (demo users, authorization on, web server on a random
 * port), but on embedded PostgreSQL instead of H2, with the job executor off so that tests
 * drive jobs and timers with the engine clock, which {@link TimeTravel} starts at a fixed date.
 * Every Spring test uses this one configuration: one context, one engine, one database, so the
 * REST API always talks to the engine under test.
 * Tests therefore work on OPDs and fiscal years of their own. Icon+ is {@link FakeIconPlus}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(EmbeddedPostgresConfig.class)
@ContextConfiguration(initializers = {TimeTravel.class, FakeIconPlus.class})
@ExtendWith(TimeTravel.class)
public @interface ApplicationTest {}
