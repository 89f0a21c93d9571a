package id.go.pemda.bandwidth.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * {@code logback-spring.xml} chooses its appenders from what Spring Boot passes in: plain text on
 * the console by default, JSON with {@code logging.structured.format.console}, a file only when
 * one is named. Each case configures a logger context of its own, not the suite's.
 */
class LogFormatTest {

  @Test
  void plain_text_on_the_console_and_no_file_by_default() throws JoranException {
    Logger root = configure(Map.of());

    assertThat(encoderOf(root.getAppender("CONSOLE"))).isInstanceOf(PatternLayoutEncoder.class);
    assertThat(root.getAppender("FILE")).isNull();
  }

  @Test
  void plain_text_when_the_format_is_set_empty_as_an_unset_compose_variable_does() throws JoranException {
    Logger root = configure(Map.of("CONSOLE_LOG_STRUCTURED_FORMAT", "", "LOG_FILE", ""));

    assertThat(encoderOf(root.getAppender("CONSOLE"))).isInstanceOf(PatternLayoutEncoder.class);
    assertThat(root.getAppender("FILE")).isNull();
  }

  @Test
  void json_lines_on_the_console_when_a_structured_format_is_set() throws JoranException {
    Logger root = configure(Map.of("CONSOLE_LOG_STRUCTURED_FORMAT", "ecs"));

    assertThat(encoderOf(root.getAppender("CONSOLE"))).isInstanceOf(StructuredLogEncoder.class);
    assertThat(root.getAppender("FILE")).isNull();
  }

  @Test
  void a_file_when_one_is_named() throws JoranException {
    Logger root = configure(Map.of("LOG_FILE", "target/log-format-test/app.log"));

    assertThat(encoderOf(root.getAppender("CONSOLE"))).isInstanceOf(PatternLayoutEncoder.class);
    assertThat(encoderOf(root.getAppender("FILE"))).isInstanceOf(PatternLayoutEncoder.class);
  }

  @Test
  void json_lines_in_the_file_when_a_structured_format_is_set_for_it() throws JoranException {
    Logger root = configure(Map.of("LOG_FILE", "target/log-format-test/app.log", "FILE_LOG_STRUCTURED_FORMAT", "logstash"));

    assertThat(encoderOf(root.getAppender("CONSOLE"))).isInstanceOf(PatternLayoutEncoder.class);
    assertThat(encoderOf(root.getAppender("FILE"))).isInstanceOf(StructuredLogEncoder.class);
  }

  private static Logger configure(Map<String, String> springSettings) throws JoranException {
    LoggerContext context = new LoggerContext();
    // what Spring Boot's logging system puts into the context before it reads the file
    context.putObject(Environment.class.getName(), new MockEnvironment().withProperty("spring.application.name", "test"));
    springSettings.forEach(context::putProperty);
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    URL file = LogFormatTest.class.getClassLoader().getResource("logback-spring.xml");
    configurator.doConfigure(file);
    assertThat(context.getStatusManager().getCopyOfStatusList())
        .filteredOn(status -> status.getLevel() == Status.ERROR)
        .isEmpty();
    return context.getLogger(Logger.ROOT_LOGGER_NAME);
  }

  private static Object encoderOf(Appender<?> appender) {
    assertThat(appender).isNotNull();
    return ((OutputStreamAppender<?>) appender).getEncoder();
  }
}
