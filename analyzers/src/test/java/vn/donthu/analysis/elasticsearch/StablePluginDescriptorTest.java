package vn.donthu.analysis.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.util.Version;
import org.elasticsearch.plugin.NamedComponent;

public class StablePluginDescriptorTest extends LuceneTestCase {

    private static Properties descriptor() throws IOException {
        Properties descriptor = new Properties();
        Path file = Path.of(System.getProperty("donthu.plugin.directory"), "stable-plugin-descriptor.properties");
        try (InputStream in = Files.newInputStream(file)) {
            descriptor.load(in);
        }
        return descriptor;
    }

    public void testHasExactlyTheKeysElasticsearchAccepts() throws IOException {
        assertEquals(Set.of("name", "version", "description", "java.version", "elasticsearch.version"),
                descriptor().stringPropertyNames());
    }

    public void testEveryValueIsFilledIn() throws IOException {
        Properties descriptor = descriptor();
        for (String key : descriptor.stringPropertyNames()) {
            String value = descriptor.getProperty(key);
            assertFalse(key + " is empty", value.isBlank());
            assertFalse(key + " is not filtered: " + value, value.contains("${"));
        }
        assertEquals("donthu-analysis", descriptor.getProperty("name"));
        assertEquals("17", descriptor.getProperty("java.version"));
    }

    public void testTargetsTheElasticsearchOfThePluginApi() throws IOException {
        assertEquals(NamedComponent.class.getPackage().getImplementationVersion(), descriptor().getProperty("elasticsearch.version"));
    }

    public void testCompilesAgainstTheLuceneThatElasticsearchShips() throws Exception {
        Path pluginApiJar = Path.of(NamedComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile jar = new JarFile(pluginApiJar.toFile())) {
            String elasticsearchLucene = jar.getManifest().getMainAttributes().getValue("X-Compile-Lucene-Version");
            assertEquals(elasticsearchLucene, Version.LATEST.toString());
        }
    }
}
