package id.go.pemda.bandwidth.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.go.pemda.bandwidth.iconplus.IconPlusException;
import id.go.pemda.bandwidth.iconplus.IconPlusPort;
import id.go.pemda.bandwidth.iconplus.IconPlusProperties;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The layers and the direction of their arrows (docs/architecture.md): web and the engine
 * glue call the features; features call their repositories and ports, never the engine or the
 * glue; the Icon+ adapter knows no feature; no two packages depend on each other. The demo (its
 * program, users, second Pemda, budget lines and Icon+ simulator) sits on top, in its own package,
 * active in the {@code demo} profile only, and nothing depends on it.
 */
@AnalyzeClasses(packages = "id.go.pemda.bandwidth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] FEATURES = {
    "..bandwidth.opd..", "..bandwidth.campaign..", "..bandwidth.survey..", "..bandwidth.coordination..",
    "..bandwidth.connection..", "..bandwidth.complaint..", "..bandwidth.budget..", "..bandwidth.transition..",
    "..bandwidth.tenant..", "..bandwidth.report.."
  };

  /**
   * The engine's {@code impl} packages are its internals: the application uses only these
   * documented extension points (a fork such as Operaton or CIB seven keeps them as a package
   * rename), each for the reason given, and no engine command or entity class.
   */
  static final Map<String, String> ENGINE_EXTENSION_POINTS = Map.ofEntries(
      Map.entry("org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin",
          "process engine plugins: the documented way to configure the engine"),
      Map.entry("org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl",
          "what a plugin's preInit receives and configures"),
      Map.entry("org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider",
          "each instance's Pemda (docs: multi-tenancy, tenant identifier provider)"),
      Map.entry("org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext",
          "what a tenant id provider is given"),
      Map.entry("org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext",
          "what a tenant id provider is given"),
      Map.entry("org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext",
          "what a tenant id provider is given"),
      Map.entry("org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener",
          "a task listener on every user task (docs: process engine plugins, parse listeners)"),
      Map.entry("org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener", "the same"),
      Map.entry("org.camunda.bpm.engine.impl.pvm.process.ActivityImpl", "what a parse listener is given"),
      Map.entry("org.camunda.bpm.engine.impl.pvm.process.ScopeImpl", "what a parse listener is given"),
      Map.entry("org.camunda.bpm.engine.impl.util.xml.Element", "what a parse listener is given"),
      Map.entry("org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior",
          "where a parse listener adds a task listener (Camunda's own example does the same)"),
      Map.entry("org.camunda.bpm.engine.impl.task.TaskDefinition", "the same"),
      Map.entry("org.camunda.bpm.engine.impl.identity.Authentication",
          "the type IdentityService.getCurrentAuthentication() returns"),
      Map.entry("org.camunda.bpm.engine.impl.history.HistoryLevel",
          "a custom history level (docs: history configuration): full history but the forms' views"),
      Map.entry("org.camunda.bpm.engine.impl.history.event.HistoryEventType", "what a history level is asked about"),
      Map.entry("org.camunda.bpm.engine.impl.util.ClockUtil",
          "the engine's clock, which the application reads and the tests move (docs: testing)"),
      Map.entry("org.camunda.bpm.engine.impl.jobexecutor.JobExecutor",
          "whether the job executor runs, for the health check; no public API says it"),
      Map.entry("org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager",
          "the one undocumented one, measured and kept: ADR 0006"),
      Map.entry("org.camunda.bpm.engine.impl.interceptor.SessionFactory", "how ADR 0006 installs its manager"),
      Map.entry("org.camunda.bpm.engine.impl.interceptor.Session", "the same"));

  @ArchTest
  static final ArchRule only_documented_engine_extension_points =
      noClasses().should().dependOnClassesThat(
          resideInAPackage("org.camunda.bpm.engine.impl..")
              .and(not(DescribedPredicate.describe("a named extension point",
                  (JavaClass type) -> ENGINE_EXTENSION_POINTS.containsKey(type.getName())))));

  @ArchTest
  static final ArchRule no_reflection_on_anything =
      noClasses().should().callMethod(Field.class, "setAccessible", boolean.class)
          .orShould().callMethod(Method.class, "setAccessible", boolean.class)
          .orShould().callMethod(Class.class, "getDeclaredField", String.class);

  @ArchTest
  static final ArchRule no_package_depends_on_itself_through_others =
      slices().matching("id.go.pemda.bandwidth.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule features_import_neither_the_engine_nor_the_glue_nor_the_web =
      noClasses().that().resideInAnyPackage(FEATURES)
          .should().dependOnClassesThat()
          .resideInAnyPackage("org.camunda..", "..bandwidth.process..", "..bandwidth.web..", "..bandwidth.identity..");

  @ArchTest
  static final ArchRule features_use_only_the_port_of_the_icon_plus_adapter =
      noClasses().that().resideInAnyPackage(FEATURES)
          .should().dependOnClassesThat(
              resideInAPackage("..bandwidth.iconplus..")
                  .and(not(belongToAnyOf(IconPlusPort.class, IconPlusException.class, IconPlusProperties.class))));

  @ArchTest
  static final ArchRule only_the_glue_is_called_by_the_engine =
      classes().that().implement(JavaDelegate.class)
          .or().implement(TaskListener.class)
          .or().implement(ExecutionListener.class)
          .should().resideInAPackage("..bandwidth.process..");

  /** What a form shows is the features' data as text: computed without the engine or the glue that calls it. */
  @ArchTest
  static final ArchRule views_import_neither_the_engine_nor_the_glue =
      noClasses().that().resideInAPackage("..bandwidth.process.view..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.camunda..", "..bandwidth.process.form..", "..bandwidth.process.transition..",
              "..bandwidth.process.complaint..", "..bandwidth.process.campaign..");

  @ArchTest
  static final ArchRule nothing_depends_on_the_engine_api_door =
      noClasses().that().resideOutsideOfPackage("..bandwidth.engineapi..")
          .should().dependOnClassesThat().resideInAPackage("..bandwidth.engineapi..");

  @ArchTest
  static final ArchRule the_web_calls_features_not_the_glue =
      noClasses().that().resideInAPackage("..bandwidth.web..")
          .should().dependOnClassesThat().resideInAPackage("..bandwidth.process..");

  @ArchTest
  static final ArchRule the_icon_plus_adapter_knows_no_feature_glue_or_web =
      noClasses().that().resideInAPackage("..bandwidth.iconplus..")
          .should().dependOnClassesThat(
              resideInAnyPackage(FEATURES).or(resideInAnyPackage("..bandwidth.process..", "..bandwidth.web..")));

  @ArchTest
  static final ArchRule shared_values_depend_on_nothing_of_the_application =
      noClasses().that().resideInAPackage("..bandwidth.shared..")
          .should().dependOnClassesThat(
              resideInAPackage("id.go.pemda.bandwidth..").and(not(resideInAPackage("..bandwidth.shared.."))));

  @ArchTest
  static final ArchRule operations_sit_on_top_and_nothing_depends_on_them =
      noClasses().that().resideOutsideOfPackage("..bandwidth.ops..")
          .should().dependOnClassesThat().resideInAPackage("..bandwidth.ops..");

  /** {@code @Profile("demo")}, alone or with other profiles. */
  private static final DescribedPredicate<JavaAnnotation<?>> DEMO_PROFILE =
      DescribedPredicate.describe("@Profile(\"demo\")", annotation -> annotation.getRawType().isEquivalentTo(Profile.class)
          && List.of((String[]) annotation.get("value").orElseThrow()).contains("demo"));

  @ArchTest
  static final ArchRule nothing_depends_on_the_demo =
      noClasses().that().resideOutsideOfPackage("..bandwidth.demo..")
          .should().dependOnClassesThat().resideInAPackage("..bandwidth.demo..");

  @ArchTest
  static final ArchRule every_bean_of_the_demo_is_active_in_the_demo_profile_only =
      classes().that().resideInAPackage("..bandwidth.demo..")
          .and(metaAnnotatedWith(Component.class).or(annotatedWith(ConfigurationProperties.class)))
          .should().beAnnotatedWith(DEMO_PROFILE);

  @ArchTest
  static final ArchRule nothing_outside_the_demo_is_demo_only =
      noClasses().that().resideOutsideOfPackage("..bandwidth.demo..").should().beAnnotatedWith(DEMO_PROFILE)
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule contracts_name_the_process_and_nothing_of_its_glue =
      noClasses().that().resideInAPackage("..bandwidth.process.contract..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "..bandwidth.process.form..", "..bandwidth.process.transition..", "..bandwidth.process.campaign..",
              "..bandwidth.process.complaint..", "..bandwidth.process.decision..", "..bandwidth.process.iconplus..");
}
