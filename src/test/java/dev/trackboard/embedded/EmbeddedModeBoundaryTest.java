package dev.trackboard.embedded;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Embedded mode is a separate system in the same process: nobody imports it, and production never creates it. */
class EmbeddedModeBoundaryTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.trackboard");

    @Test
    void nothingOutsideEmbeddedDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("dev.trackboard.embedded..")
                .should().dependOnClassesThat().resideInAPackage("dev.trackboard.embedded..")
                .check(MAIN);
    }

    @Test
    void embeddedCodeUsesOnlyTheSharedConfigurationOfTheDashboard() {
        noClasses().that().resideInAPackage("dev.trackboard.embedded..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "dashboard classes other than TrackboardProperties and LocalServerAddress",
                        target -> target.getPackageName().startsWith("dev.trackboard")
                                && !target.getPackageName().startsWith("dev.trackboard.embedded")
                                && !target.getName().startsWith("dev.trackboard.config.TrackboardProperties")
                                && !target.getName().equals("dev.trackboard.config.LocalServerAddress")))
                .check(MAIN);
    }

    @Test
    void embeddedCodeDoesNotUseTheDashboardsHttpClient() {
        noClasses().that().resideInAPackage("dev.trackboard.embedded..")
                .should().dependOnClassesThat().resideInAPackage("okhttp3..")
                .check(MAIN);
    }

    @Test
    void productionModeCreatesNoEmbeddedBean() {
        assertThat(embeddedBeans("production")).isEmpty();
        assertThat(embeddedBeans("embedded")).contains("embeddedDatabaseConfiguration", "guildAccessChecker",
                "authorizeController", "embeddedConfiguration", "botStatusHookController", "botSimulator");
    }

    private static List<String> embeddedBeans(String mode) {
        GenericApplicationContext context = new GenericApplicationContext();
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("trackboard.mode", mode)));
        context.setEnvironment(environment);
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, true, environment);
        scanner.addExcludeFilter(new AnnotationTypeFilter(TestConfiguration.class));
        scanner.scan("dev.trackboard.embedded");
        return Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> {
                    String type = context.getBeanDefinition(name).getBeanClassName();
                    return type != null && type.startsWith("dev.trackboard.embedded");
                })
                .toList();
    }
}
