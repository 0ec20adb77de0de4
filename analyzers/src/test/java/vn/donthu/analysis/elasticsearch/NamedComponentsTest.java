package vn.donthu.analysis.elasticsearch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * named_components.json is written by hand (Elasticsearch generates it only in its Gradle build):
 * it must list exactly the annotated factories of this package, under the interface each implements.
 */
public class NamedComponentsTest extends LuceneTestCase {

    private static final List<Class<?>> EXTENSIBLE_INTERFACES =
            List.of(AnalyzerFactory.class, CharFilterFactory.class, TokenFilterFactory.class, TokenizerFactory.class);

    public void testListsEveryNamedComponentOfThisPackage() throws Exception {
        Path descriptor = Path.of(System.getProperty("donthu.plugin.directory"), "named_components.json");
        Map<String, Map<String, String>> listed =
                new ObjectMapper().readValue(descriptor.toFile(), new TypeReference<TreeMap<String, Map<String, String>>>() { });

        assertEquals(namedComponentsOfThisPackage(), listed);
    }

    private static Map<String, Map<String, String>> namedComponentsOfThisPackage()
            throws IOException, URISyntaxException, ClassNotFoundException {
        Map<String, Map<String, String>> components = new TreeMap<>();
        for (Class<?> factory : compiledClassesOfThisPackage()) {
            NamedComponent named = factory.getAnnotation(NamedComponent.class);
            if (named == null) {
                continue;
            }
            List<Class<?>> implemented = EXTENSIBLE_INTERFACES.stream().filter(i -> i.isAssignableFrom(factory)).toList();
            assertEquals(factory + " must implement exactly one extensible interface", 1, implemented.size());
            components.computeIfAbsent(implemented.get(0).getName(), i -> new TreeMap<>()).put(named.value(), factory.getName());
        }
        return components;
    }

    private static List<Class<?>> compiledClassesOfThisPackage() throws IOException, URISyntaxException, ClassNotFoundException {
        String packageName = VietnameseAnalyzerFactory.class.getPackageName();
        Path classes = Path.of(VietnameseAnalyzerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path packageDirectory = classes.resolve(packageName.replace('.', '/'));
        List<String> classNames;
        try (Stream<Path> files = Files.list(packageDirectory)) {
            classNames = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> packageName + "." + name.substring(0, name.length() - ".class".length()))
                    .toList();
        }
        List<Class<?>> loaded = new ArrayList<>();
        for (String className : classNames) {
            loaded.add(Class.forName(className));
        }
        return loaded;
    }
}
