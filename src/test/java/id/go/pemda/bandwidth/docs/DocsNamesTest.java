package id.go.pemda.bandwidth.docs;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every class, file, link and command that {@code README.md} and the Markdown pages under
 * {@code docs/} (ADRs included) name exists, so the docs cannot keep a name the code dropped. Plain JUnit, no Spring context;
 * it reads the files of the working tree (Maven runs tests from the repository root). The rules,
 * applied to inline code spans ({@code `...`}) outside fenced code blocks, so ordinary words and
 * example output are never taken for names:
 *
 * <ul>
 *   <li><b>Classes.</b> A span that reads as a Java reference names a class: {@code
 *       TransitionProcessTest} (a name of two or more capitalised humps), or a name with a package
 *       ({@code process.transition.SizeBandwidthDelegate}, {@code shared.Rupiah}, or in full
 *       {@code id.go.pemda.bandwidth.ops.ClusterCheck}) or a member ({@code Tenants.of(opdCode)},
 *       {@code BudgetService.revoke}). A {@code .java} file of that name must be under {@code
 *       src/}, in that package when one is given, and its first member must occur in that file. A
 *       single capitalised word alone ({@code Location}, {@code Rupiah}) is not checked.
 *   <li><b>Not ours.</b> A name of another library passes when written fully qualified ({@code
 *       org.camunda.bpm.engine.TaskService}: its first package is one of {@link #EXTERNAL_ROOTS}),
 *       or when its simple name is in {@link #NOT_OURS}, a short list that says where each comes
 *       from. Add to that list only names of other libraries, never one of this repository's.
 *   <li><b>Paths.</b> A span that is a path in the repository ({@code bpmn/opd-transition.bpmn},
 *       {@code .ci/run}, {@code docker/Dockerfile}, {@code src/...}, a glob such as {@code
 *       bpmn/element-templates/iconplus-*.json}), a shorter path or a file name with a known
 *       extension ({@code registry/opd-samarinda.csv}, {@code V8__report_indexes_per_pemda.sql}:
 *       found anywhere in the repository), or a {@code classpath:} resource, must exist. Paths the
 *       repository ignores ({@code .gitignore}: build output, the demo database, {@code
 *       docker/.env}) are made at run time and are not checked.
 *   <li><b>Links.</b> Every relative Markdown link or image resolves to a file, and an anchor
 *       ({@code #operations}, {@code operations.md#metrics}) to a heading of that file, as GitHub
 *       makes anchors from headings.
 *   <li><b>Commands.</b> Every {@code ./mvnw} command, in code blocks too, uses only profiles
 *       ({@code -P<id>}) that {@code pom.xml} declares, and names with {@code -Dtest=} only test
 *       classes that exist. README keeps the two commands of a fresh machine.
 * </ul>
 *
 * A failure lists every missing name with its file and line.
 */
class DocsNamesTest {

  /** The repository's own top-level package, which a fully qualified name of ours starts with. */
  private static final String OWN_PACKAGE = "id.go.pemda.bandwidth.";

  /** First package segments of other libraries' fully qualified names: these pass unchecked. */
  static final Set<String> EXTERNAL_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "org", "com", "io", "net");

  /** Names of other libraries the docs write without their package, and where each comes from. */
  static final Map<String, String> NOT_OURS = Map.ofEntries(
      Map.entry("BigDecimal", "JDK, java.math"),
      Map.entry("ProcessEngine", "Camunda, org.camunda.bpm.engine"),
      Map.entry("TaskService", "Camunda, org.camunda.bpm.engine"),
      Map.entry("FilterService", "Camunda, org.camunda.bpm.engine"),
      Map.entry("TenantIdProvider", "Camunda, org.camunda.bpm.engine.impl.cfg.multitenancy"),
      Map.entry("ProcessEnginePlugin", "Camunda, org.camunda.bpm.engine.impl.cfg"),
      Map.entry("AuthorizationManager", "Camunda, org.camunda.bpm.engine.impl.persistence.entity"),
      Map.entry("JavaDelegate", "Camunda, org.camunda.bpm.engine.delegate"),
      Map.entry("TaskListener", "Camunda, org.camunda.bpm.engine.delegate"),
      Map.entry("ExecutionListener", "Camunda, org.camunda.bpm.engine.delegate"),
      Map.entry("BpmnError", "Camunda, org.camunda.bpm.engine.delegate"),
      Map.entry("Page", "Chrome DevTools Protocol, the Page domain"));

  /** Top-level entries of the repository a path may start with. */
  private static final Set<String> ROOTS =
      Set.of("src", "bpmn", "forms", "docker", "docs", ".ci", ".mvn", "pom.xml", "README.md", "mvnw", "mvnw.cmd");

  private static final Set<String> FILE_EXTENSIONS = Set.of(
      "java", "md", "bpmn", "dmn", "form", "yml", "yaml", "xml", "csv", "sql", "json", "js", "css", "png", "svg",
      "properties");

  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
  /** package path (optional), class of capitalised humps, members (optional). */
  private static final Pattern JAVA_REFERENCE =
      Pattern.compile("((?:[a-z][a-z0-9]*\\.)*)([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*)((?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");
  /** A {@code mvnw} command's arguments, up to the end of its code span or shell comment. */
  private static final Pattern MAVEN_COMMAND = Pattern.compile("mvnw((?:[ \\t]+[^`#\\s]+)+)");
  private static final Pattern PROFILE_OPTION = Pattern.compile("(?:^|\\s)-P\\s*([^\\s]+)");
  private static final Pattern TEST_OPTION = Pattern.compile("(?:^|\\s)-Dtest=([^\\s]+)");
  private static final Pattern POM_PROFILE = Pattern.compile("<profile>\\s*<id>([^<]+)</id>");

  private static final Path ROOT = Path.of("").toAbsolutePath();

  private static List<Doc> docs;
  private static Map<String, List<Path>> javaFiles;
  private static List<String> repositoryFiles;
  private static List<String> ignored;

  @BeforeAll
  static void readTheRepository() throws IOException {
    docs = new ArrayList<>();
    docs.add(Doc.read(ROOT.resolve("README.md")));
    try (Stream<Path> pages = Files.walk(ROOT.resolve("docs"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        docs.add(Doc.read(page));
      }
    }
    ignored = Files.readAllLines(ROOT.resolve(".gitignore")).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(line -> line.replaceAll("/$", ""))
        .toList();
    repositoryFiles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files.filter(Files::isRegularFile)
          .map(file -> ROOT.relativize(file).toString().replace('\\', '/'))
          .filter(file -> !file.startsWith(".git/") && !isIgnored(file))
          .forEach(repositoryFiles::add);
    }
    javaFiles = repositoryFiles.stream()
        .filter(file -> file.startsWith("src/") && file.endsWith(".java"))
        .map(Path::of)
        .collect(Collectors.groupingBy(file -> file.getFileName().toString().replaceAll("\\.java$", "")));
  }

  @Test
  void every_class_the_docs_name_exists() {
    List<String> missing = inCodeSpans(DocsNamesTest::classProblem);
    assertThat(missing).as(report("classes named in the docs that are not in src/", missing)).isEmpty();
  }

  @Test
  void every_repository_path_the_docs_name_exists() {
    List<String> missing = inCodeSpans(DocsNamesTest::pathProblem);
    assertThat(missing).as(report("paths named in the docs that are not in the repository", missing)).isEmpty();
  }

  @Test
  void every_relative_link_resolves_to_a_file_and_heading() {
    List<String> broken = new ArrayList<>();
    for (Doc doc : docs) {
      Matcher link = LINK.matcher(doc.prose());
      while (link.find()) {
        linkProblem(doc, link.group(1)).ifPresent(p -> broken.add(doc.at(doc.lineOf(link.start())) + p));
      }
    }
    assertThat(broken).as(report("links in the docs that lead nowhere", broken)).isEmpty();
  }

  @Test
  void every_maven_command_uses_a_declared_profile_and_existing_test_classes() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    Set<String> profiles = POM_PROFILE.matcher(pom).results().map(m -> m.group(1).strip()).collect(Collectors.toSet());
    List<String> wrong = new ArrayList<>();
    for (Doc doc : docs) {
      for (int i = 0; i < doc.lines().size(); i++) {
        for (MatchResult command : MAVEN_COMMAND.matcher(doc.lines().get(i)).results().toList()) {
          wrong.addAll(commandProblems(doc.at(i + 1), command.group(1), profiles));
        }
      }
    }
    assertThat(wrong).as(report("Maven commands in the docs that cannot run as written", wrong)).isEmpty();
  }

  @Test
  void the_readme_holds_the_two_commands_of_a_fresh_machine() {
    List<String> readme = docs.get(0).lines();
    assertThat(readme).as("README.md runs the application with ./mvnw spring-boot:run").contains("./mvnw spring-boot:run");
    assertThat(readme).as("README.md runs the tests with ./mvnw verify (as .ci/run does)").contains("./mvnw verify");
  }

  @Test
  void the_rules_catch_a_missing_test_class_and_leave_ordinary_words_alone() {
    assertThat(classProblem("ComplaintRoutingProcessTest")).isPresent();
    assertThat(classProblem("TransitionProcessTest")).isEmpty();
    assertThat(classProblem("process.transition.SizeBandwidthDelegate")).isEmpty();
    assertThat(classProblem("process.campaign.SizeBandwidthDelegate")).isPresent();
    assertThat(classProblem("BudgetService.revoke")).isEmpty();
    assertThat(classProblem("BudgetService.cutEverything")).isPresent();
    assertThat(classProblem("org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager")).isEmpty();
    for (String word : List.of("Location", "INSTALLED", "LINK_DOWN", "NaN", "Rp 1.250.000", "PPU.DINKES",
        TransitionContract.TASK_FILL_SURVEY, "opd.<code>", "X-IconPlus-Signature", "5.1.02.02.01.0063", "Asia/Makassar")) {
      assertThat(classProblem(word)).as(word).isEmpty();
      assertThat(pathProblem(word)).as(word).isEmpty();
    }
    assertThat(pathProblem("bpmn/opd-transition.bpmn")).isEmpty();
    assertThat(pathProblem("bpmn/opd-transitions.bpmn")).isPresent();
    assertThat(pathProblem("bpmn/element-templates/iconplus-*.json")).isEmpty();
    assertThat(pathProblem("target/browser-screenshots/")).isEmpty();
    assertThat(pathProblem("classpath:registry/opd-samarinda.csv")).isEmpty();
    assertThat(pathProblem("registry/opd-jakarta.csv")).isPresent();
    assertThat(pathProblem("process.form")).isEmpty();
    assertThat(commandProblems("", " -Pbenchmark verify", Set.of("benchmark"))).isEmpty();
    assertThat(commandProblems("", " -Pfast verify", Set.of("benchmark"))).hasSize(1);
    assertThat(commandProblems("", " test -Dtest=NopeTest", Set.of("benchmark"))).hasSize(1);
  }

  /** What is wrong with a span that names a class, if it names one. */
  static Optional<String> classProblem(String span) {
    String reference = span.strip().replaceFirst("\\(.*$", "");
    if (reference.startsWith(OWN_PACKAGE)) {
      reference = reference.substring(OWN_PACKAGE.length());
    }
    Matcher java = JAVA_REFERENCE.matcher(reference);
    if (!java.matches()) {
      return Optional.empty();
    }
    String packagePath = java.group(1);
    String name = java.group(2);
    String members = java.group(3);
    boolean severalHumps = name.chars().skip(1).anyMatch(Character::isUpperCase);
    if (!severalHumps && packagePath.isEmpty() && members.isEmpty() && !span.contains("(")) {
      return Optional.empty();
    }
    if (!packagePath.isEmpty() && EXTERNAL_ROOTS.contains(packagePath.substring(0, packagePath.indexOf('.')))) {
      return Optional.empty();
    }
    if (NOT_OURS.containsKey(name)) {
      return Optional.empty();
    }
    List<Path> files = javaFiles.getOrDefault(name, List.of());
    if (files.isEmpty()) {
      return Optional.of("class `" + span + "`: no " + name + ".java under src/ (if it is another "
          + "library's class, write it fully qualified or add it to DocsNamesTest.NOT_OURS)");
    }
    String inPackage = packagePath.replace('.', '/') + name + ".java";
    List<Path> candidates = files.stream().filter(file -> file.toString().replace('\\', '/').endsWith(inPackage)).toList();
    if (candidates.isEmpty()) {
      return Optional.of("class `" + span + "`: " + name + ".java is at " + files + ", not in package "
          + packagePath.replaceAll("\\.$", ""));
    }
    if (!members.isEmpty()) {
      String member = members.substring(1).split("\\.")[0];
      Pattern word = Pattern.compile("\\b" + Pattern.quote(member) + "\\b");
      if (candidates.stream().noneMatch(file -> word.matcher(read(ROOT.resolve(file))).find())) {
        return Optional.of("member `" + span + "`: " + name + ".java has no " + member);
      }
    }
    return Optional.empty();
  }

  /** What is wrong with a span that names a file of the repository, if it names one. */
  static Optional<String> pathProblem(String span) {
    String path = span.strip();
    boolean resource = path.startsWith("classpath:");
    if (resource) {
      path = path.substring("classpath:".length());
    }
    if (path.isEmpty() || path.matches(".*[\\s<>{}$:\"'=|].*") || path.startsWith("/") || path.startsWith("#")
        || path.startsWith("-") || path.startsWith("~") || path.startsWith("./mvnw")) {
      return Optional.empty();
    }
    String bare = path.replaceAll("/$", "");
    if (bare.isEmpty() || isIgnored(bare)) {
      return Optional.empty();
    }
    String first = bare.contains("/") ? bare.substring(0, bare.indexOf('/')) : bare;
    String last = bare.substring(bare.lastIndexOf('/') + 1);
    String extension = last.contains(".") ? last.substring(last.lastIndexOf('.') + 1) : "";
    if (resource) {
      return exists("src/main/resources/" + bare) || exists(bare)
          ? Optional.empty()
          : Optional.of("resource `" + span + "`: neither src/main/resources/" + bare + " nor " + bare);
    }
    if (ROOTS.contains(first)) {
      return exists(bare) ? Optional.empty() : Optional.of("path `" + span + "`: not in the repository");
    }
    if (!FILE_EXTENSIONS.contains(extension)) {
      // not a file name (Tenants.of, PPU.DINKES, Asia/Makassar)
      return Optional.empty();
    }
    PathMatcher anywhere = FileSystems.getDefault().getPathMatcher("glob:{" + bare + ",**/" + bare + "}");
    if (repositoryFiles.stream().anyMatch(file -> anywhere.matches(Path.of(file)))) {
      return Optional.empty();
    }
    // a package of ours whose last name happens to be an extension (process.form)
    String packageDirectory = OWN_PACKAGE.replace('.', '/') + bare.replace('.', '/');
    return bare.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)+")
            && (Files.isDirectory(ROOT.resolve("src/main/java/" + packageDirectory))
                || Files.isDirectory(ROOT.resolve("src/test/java/" + packageDirectory)))
        ? Optional.empty()
        : Optional.of("file `" + span + "`: no such file in the repository");
  }

  /** What is wrong with the arguments of one {@code ./mvnw} command. */
  private static List<String> commandProblems(String where, String arguments, Set<String> profiles) {
    List<String> wrong = new ArrayList<>();
    for (MatchResult profile : PROFILE_OPTION.matcher(arguments).results().toList()) {
      for (String id : profile.group(1).split(",")) {
        String bare = id.replaceFirst("^[!-]", "");
        if (!profiles.contains(bare)) {
          wrong.add(where + "profile -P" + bare + ": pom.xml declares only " + profiles);
        }
      }
    }
    for (MatchResult test : TEST_OPTION.matcher(arguments).results().toList()) {
      for (String name : test.group(1).split(",")) {
        String className = name.replaceAll("#.*$", "");
        if (!className.contains("*") && javaFiles.getOrDefault(className, List.of()).stream()
            .noneMatch(file -> file.startsWith("src/test"))) {
          wrong.add(where + "-Dtest=" + className + ": no " + className + ".java under src/test");
        }
      }
    }
    return wrong;
  }

  private static Optional<String> linkProblem(Doc doc, String target) {
    if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return Optional.empty();
    }
    String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
    String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
    Path resolved = file.isEmpty() ? doc.path() : doc.path().getParent().resolve(file).normalize();
    if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
      return Optional.of("link `" + target + "`: no file " + ROOT.relativize(resolved));
    }
    if (anchor != null && resolved.toString().endsWith(".md")) {
      Set<String> anchors = Doc.read(resolved).anchors();
      if (!anchors.contains(anchor)) {
        return Optional.of("link `" + target + "`: " + ROOT.relativize(resolved) + " has no heading #" + anchor);
      }
    }
    return Optional.empty();
  }

  private static boolean exists(String path) {
    if (!path.contains("*")) {
      return Files.exists(ROOT.resolve(path));
    }
    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + path);
    return repositoryFiles.stream().anyMatch(file -> glob.matches(Path.of(file)));
  }

  private static boolean isIgnored(String path) {
    for (String pattern : ignored) {
      if (pattern.contains("*")) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(name))) {
          return true;
        }
      } else if (path.equals(pattern) || path.startsWith(pattern + "/")) {
        return true;
      }
    }
    return false;
  }

  /** Each problem {@code check} finds in an inline code span of a page, with where it is. */
  private static List<String> inCodeSpans(Function<String, Optional<String>> check) {
    List<String> problems = new ArrayList<>();
    for (Doc doc : docs) {
      for (Span span : doc.codeSpans()) {
        check.apply(span.text()).ifPresent(problem -> problems.add(doc.at(span.line()) + problem));
      }
    }
    return problems;
  }

  private static String report(String what, List<String> problems) {
    return problems.size() + " " + what + ":\n  " + String.join("\n  ", problems) + "\n";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One Markdown file: its lines, and its prose with the fenced code blocks blanked out. */
  private record Doc(Path path, List<String> lines, String prose) {

    static Doc read(Path path) {
      List<String> lines = DocsNamesTest.read(path).lines().toList();
      StringBuilder prose = new StringBuilder();
      boolean fenced = false;
      for (String line : lines) {
        boolean fence = FENCE.matcher(line).find();
        prose.append(fenced || fence ? "" : line).append('\n');
        if (fence) {
          fenced = !fenced;
        }
      }
      return new Doc(path, lines, prose.toString());
    }

    /** Inline code spans outside code blocks, each with the line it starts on. */
    List<Span> codeSpans() {
      List<Span> spans = new ArrayList<>();
      Matcher span = CODE_SPAN.matcher(prose);
      while (span.find()) {
        spans.add(new Span(lineOf(span.start()), span.group(1).replace('\n', ' ')));
      }
      return spans;
    }

    int lineOf(int offset) {
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (prose.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }

    String at(int line) {
      return ROOT.relativize(path) + ":" + line + ": ";
    }

    /** The anchors GitHub gives this file's headings. */
    Set<String> anchors() {
      Set<String> anchors = new LinkedHashSet<>();
      Map<String, Integer> seen = new HashMap<>();
      for (String line : prose.lines().toList()) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
          String slug = heading.group(2).toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N} _-]", "")
              .replace(' ', '-');
          int count = seen.merge(slug, 1, Integer::sum);
          anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
      }
      return anchors;
    }
  }

  /** An inline code span and the line it starts on. */
  private record Span(int line, String text) {}
}
