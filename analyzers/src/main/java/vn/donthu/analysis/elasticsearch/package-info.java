/**
 * The Elasticsearch face of {@link vn.donthu.analysis}: stable plugin API factories, one per
 * component, listed in {@code src/main/plugin/named_components.json} under their
 * {@link org.elasticsearch.plugin.NamedComponent} names. None takes settings.
 */
package vn.donthu.analysis.elasticsearch;
