package org.yothub.plans.document;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The document templates: {@code plan-templates/default/} on the classpath, overridden file by
 * file by {@code <YOTHUB_TENANTS_DIR>/<code>/templates/} when that folder exists (FreeMarker
 * MultiTemplateLoader: the tenant's folder first, then the default). A tenant changes wording,
 * section order ({@code structure-*.ftl}) and branding ({@code branding.ftl}) without code.
 * Output is XHTML with auto-escaping on; only sanitised narrative HTML and generated SVG are
 * inserted unescaped.
 */
@Singleton
public class PlanTemplates {
    public static final String DEFAULT = "default";
    private final Path tenantsDir;
    private final Map<String, Configuration> configurations = new ConcurrentHashMap<>();

    PlanTemplates(@Value("${yothub.tenants.dir:`./tenants`}") String directory) {
        String env = System.getenv("YOTHUB_TENANTS_DIR");
        this.tenantsDir = Path.of(env != null && !env.isBlank() ? env : directory);
    }

    /** Templates for an explicit directory of tenant folders (tests of overrides). */
    public static PlanTemplates forDirectory(Path tenantsDir) {
        return new PlanTemplates(tenantsDir.toString());
    }

    public String render(String templateSet, String name, Map<String, Object> model) {
        try {
            Template template = configuration(templateSet).getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Could not render plan template " + name + " for " + templateSet + ": " + e.getMessage(), e);
        }
    }

    /** The sections of a structure in the template set's order: [key, heading] pairs. */
    public List<String[]> outline(String templateSet, String structure) {
        String text = render(templateSet, "outline.ftl", Map.of("structure", structure));
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            int bar = line.indexOf('|');
            if (bar > 0) {
                out.add(new String[] {line.substring(0, bar).trim(), line.substring(bar + 1).trim()});
            }
        }
        return out;
    }

    /** Names of the templates a tenant overrides (files in its templates folder). */
    public List<String> overrides(String templateSet) {
        Path dir = tenantsDir.resolve(templateSet).resolve("templates");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace(File.separatorChar, '/'))
                    .filter(n -> n.endsWith(".ftl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Configuration configuration(String templateSet) {
        return configurations.computeIfAbsent(templateSet, this::create);
    }

    private Configuration create(String templateSet) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        Path dir = tenantsDir.resolve(templateSet).resolve("templates");
        if (!DEFAULT.equals(templateSet) && templateSet.matches("[a-z][a-z0-9_-]*") && Files.isDirectory(dir)) {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(PlanTemplates.class.getClassLoader(), "plan-templates/default"));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNumberFormat("computer");
        c.setLocale(java.util.Locale.UK);
        c.setTimeZone(java.util.TimeZone.getTimeZone("Europe/London"));
        c.setTemplateUpdateDelayMilliseconds(5_000);
        return c;
    }
}
