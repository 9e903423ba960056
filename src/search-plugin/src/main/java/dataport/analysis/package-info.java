/**
 * DataPort's text analysis for Elasticsearch, as a <em>stable</em> analysis plugin.
 *
 * <p>The Elasticsearch build used locally is bare (no analysis-common module), so every filter DataPort's
 * mapping composes into custom analyzers lives here under a {@code dataport_} prefix. The prefix keeps the
 * names from clashing with the built-in ones on a full production distribution, where the same plugin is
 * installed so that one mapping serves both.
 *
 * <p>Elasticsearch finds the components by their {@link org.elasticsearch.plugin.NamedComponent} annotation
 * (the installer scans the jar); each one needs a single public constructor, either without arguments or
 * annotated {@link org.elasticsearch.plugin.Inject} and taking an {@code @AnalysisSettings} interface that
 * Elasticsearch implements over the component's index settings.
 */
package dataport.analysis;
