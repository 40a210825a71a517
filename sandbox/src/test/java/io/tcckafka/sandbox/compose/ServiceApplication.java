package io.tcckafka.sandbox.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import io.tcckafka.bank.AccountConsumerApplication;
import io.tcckafka.orchestrator.OrchestratorApplication;
import io.tcckafka.participant.ParticipantAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of the project's Spring Boot applications as configuration sees it: the properties it reads (the keys of its
 * defaults file, the placeholders those defaults refer to, its {@code @ConfigurationProperties} and those of the
 * configurations it imports, and Spring Boot's own, as its configuration metadata lists them) and how an environment
 * overrides them, through Spring Boot's own relaxed binding.
 */
final class ServiceApplication {

    /** Each module's application, and the auto-configurations of this project it brings (the participant kit's). */
    private static final Map<String, List<Class<?>>> BY_MODULE = Map.of(
            "orchestrator", List.of(OrchestratorApplication.class),
            "account-consumer", List.of(AccountConsumerApplication.class, ParticipantAutoConfiguration.class));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)");
    private static final String PROBE = "probe-value";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> SPRING_BOOT_PROPERTIES = springBootProperties();

    private final Class<?> application;
    private final List<Class<?>> configurations;
    private final Properties defaults;

    private ServiceApplication(List<Class<?>> roots) {
        this.application = roots.get(0);
        this.configurations = withImports(roots);
        this.defaults = defaultsOf(configurations);
    }

    static ServiceApplication ofModule(String module) {
        List<Class<?>> roots = BY_MODULE.get(module);
        if (roots == null) {
            throw new AssertionError("no application is built by module " + module + "; known: " + BY_MODULE.keySet());
        }
        return new ServiceApplication(roots);
    }

    /** These configuration classes and those they import, transitively. */
    private static List<Class<?>> withImports(List<Class<?>> roots) {
        List<Class<?>> all = new ArrayList<>();
        Deque<Class<?>> next = new ArrayDeque<>(roots);
        while (!next.isEmpty()) {
            Class<?> configuration = next.poll();
            if (!all.contains(configuration)) {
                all.add(configuration);
                Import imports = configuration.getAnnotation(Import.class);
                if (imports != null) {
                    next.addAll(List.of(imports.value()));
                }
            }
        }
        return all;
    }

    Set<String> readProperties() {
        Set<String> names = new TreeSet<>(defaults.stringPropertyNames());
        defaults.stringPropertyNames().forEach(key -> {
            Matcher placeholder = PLACEHOLDER.matcher(defaults.getProperty(key));
            while (placeholder.find()) {
                names.add(placeholder.group(1));
            }
        });
        names.addAll(configurationProperties());
        names.addAll(SPRING_BOOT_PROPERTIES);
        return names;
    }

    /** The properties this application reads that an environment variable of this name sets. */
    Set<String> propertiesBoundBy(String variable) {
        ConfigurableEnvironment environment = environment(Map.of(variable, PROBE), new Properties());
        Set<String> bound = new TreeSet<>();
        readProperties().stream().filter(name -> PROBE.equals(environment.getProperty(name))).forEach(bound::add);
        return bound;
    }

    /** The value the application sees for {@code property} when started with these environment variables. */
    String property(Map<String, String> variables, String property) {
        return environment(variables, defaults).getProperty(property);
    }

    @Override
    public String toString() {
        return application.getSimpleName();
    }

    private static ConfigurableEnvironment environment(Map<String, String> variables, Properties defaults) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        // the name makes Spring Boot map NAME_LIKE_THIS variables to property names, as for the real environment
        sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new HashMap<>(variables)));
        sources.addLast(new PropertiesPropertySource("defaults", defaults));
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    private Set<String> configurationProperties() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Set<String> names = new TreeSet<>();
        configurations.stream()
                .map(Class::getPackageName).distinct()
                .flatMap(pkg -> scanner.findCandidateComponents(pkg).stream()).forEach(candidate -> {
            Class<?> type = load(candidate.getBeanClassName());
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            fieldNames(type).map(ServiceApplication::kebabCase).forEach(field -> names.add(prefix + "." + field));
        });
        return names;
    }

    private static Stream<String> fieldNames(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName);
        }
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName);
    }

    private static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static Properties defaultsOf(List<Class<?>> configurations) {
        Properties defaults = new Properties();
        List<String> locations = configurations.stream().map(type -> type.getAnnotation(PropertySource.class))
                .filter(Objects::nonNull).flatMap(source -> Arrays.stream(source.value())).toList();
        for (String location : locations) {
            try {
                defaults.putAll(PropertiesLoaderUtils.loadProperties(new DefaultResourceLoader().getResource(location)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return defaults;
    }

    /** Every property Spring Boot's jars on the class path document (META-INF/spring-configuration-metadata.json). */
    private static Set<String> springBootProperties() {
        Set<String> names = new TreeSet<>();
        try {
            var files = ServiceApplication.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
            while (files.hasMoreElements()) {
                try (var in = files.nextElement().openStream()) {
                    JSON.readTree(in).path("properties").forEach(property -> names.add(property.path("name").asString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
